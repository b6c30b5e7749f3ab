import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { measureAll } from "./measure"
import type { StackInfo } from "./stack"

/** A stand-in for the embedded stack: the store routes the bench calls, a home page, static files. */
function standIn(): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x")
    const json = (body: unknown) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body))
    if (url.pathname.startsWith("/store/") && req.headers["x-publishable-api-key"] !== "pk_test") return res.writeHead(400).end()
    switch (url.pathname) {
      case "/health":
        return res.writeHead(200).end("OK")
      case "/store/regions":
        return json({ regions: [{ id: "reg_usd", currency_code: "usd" }, { id: "reg_krw", currency_code: "krw" }] })
      case "/store/products":
        if (url.searchParams.get("region_id") !== "reg_krw") return res.writeHead(400).end()
        return json({
          products: [{ handle: "hallabong", thumbnail: "http://localhost:1/static/hallabong.webp", variants: [{ calculated_price: { calculated_amount: 39000 } }] }],
        })
      case "/":
        return res.writeHead(200, { "content-type": "text/html" }).end('<script src="/_next/static/chunks/a.js"></script><a href="/products/from-home">x</a>')
      case "/products/from-home":
      case "/_next/static/chunks/a.js":
        return res.writeHead(200).end("ok")
      default:
        return res.writeHead(404).end()
    }
  })
}

describe("measureAll against a stand-in stack", () => {
  const server = standIn()
  let info: StackInfo

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    info = { backendUrl: base, storefrontUrl: base, pid: process.pid, startedAt: new Date().toISOString() }
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it("measures every row, compares the API with /health and the pages with a static file", async () => {
    const result = await measureAll(info, "pk_test", { requests: 5, concurrency: 2, warmup: 1 })
    expect(result.region).toBe("reg_krw")
    expect(result.productPage).toBe("/products/from-home")
    expect(result.sample.imageUrl).toBe(`${info.backendUrl}/static/hallabong.webp`)
    const rows = new Map(result.measurements.map((m) => [m.label, m]))
    expect(rows.get("store products x20 + prices (c=1)")?.baseline).toBe("backend GET /health (c=1)")
    expect(rows.get("store products x20 + prices (c=2)")?.series.samples).toHaveLength(5)
    // the stand-in has no such image: it counts as errors and the pages fall back to Next's static file
    expect(rows.get("backend /static image, first byte")?.series.errors).toBe(5)
    expect(rows.get("storefront home, first byte")?.baseline).toBe("storefront /_next/static file, first byte")
    expect(rows.get("storefront product page, first byte")?.series.errors).toBe(0)
  })
})
