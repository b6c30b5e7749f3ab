import { describe, expect, it } from "vitest"
import { productTags, revalidateStorefront } from "./storefront-revalidation"

describe("storefront revalidation", () => {
  it("names the product's own tag and the lists", () => {
    expect(productTags("hallabong-namwon")).toEqual(["products", "product-hallabong-namwon"])
    expect(productTags(null)).toEqual(["products"])
  })

  it("posts the tags with the shared secret, and reports a refusal", async () => {
    const calls: { url: string; init: RequestInit }[] = []
    const ok = (async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return new Response("{}", { status: 200 })
    }) as unknown as typeof fetch
    await revalidateStorefront({ storefrontUrl: "http://localhost:8000/", secret: "s".repeat(16) }, ["products"], ok)
    expect(calls[0].url).toBe("http://localhost:8000/api/revalidate")
    expect((calls[0].init.headers as Record<string, string>)["x-revalidate-secret"]).toBe("s".repeat(16))
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ tags: ["products"] })

    const refused = (async () => new Response("no", { status: 401 })) as unknown as typeof fetch
    await expect(revalidateStorefront({ storefrontUrl: "http://x", secret: "s".repeat(16) }, ["products"], refused)).rejects.toThrow("401")
  })
})
