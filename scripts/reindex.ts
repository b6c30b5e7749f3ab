/**
 * `npm run reindex`: rebuilds the product search index of the running shop (npm start), through
 * Medusa's admin API (the embedded index lives in the server's memory, so it must be rebuilt
 * there), with a progress bar of the products found by search against the products to index.
 * When the shop is not running there is nothing to do: `npm start` builds the index as it starts.
 */
import { readFile } from "node:fs/promises"
import path from "node:path"
import { z } from "zod"
import { progress } from "../backend/src/scripts/seed/progress"
import { repoRoot } from "./launcher/config"

const readiness = z.object({ backendUrl: z.url(), pid: z.number() })
const secrets = z.object({ adminEmail: z.string(), adminPassword: z.string() })

async function json<T>(url: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
  const res = await fetch(url, init)
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${url}: HTTP ${res.status} ${await res.text()}`)
  return schema.parse(await res.json())
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function main() {
  const dataDir = process.env.SEOGWIPO_DATA_DIR?.trim() || path.join(repoRoot, ".data")
  const running = await readFile(path.join(dataDir, "launcher.json"), "utf8").then((t) => readiness.parse(JSON.parse(t)), () => null)
  if (!running || !alive(running.pid)) {
    console.log("서귀포in이 실행 중이 아닙니다. 'npm start'가 시작하면서 검색 색인을 만듭니다.")
    console.log("The shop is not running: 'npm start' builds the search index as it starts.")
    return
  }
  const admin = secrets.parse(JSON.parse(await readFile(path.join(dataDir, "secrets.json"), "utf8")))
  const api = running.backendUrl
  const { token } = await json(`${api}/auth/user/emailpass`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: admin.adminEmail, password: admin.adminPassword }) }, z.object({ token: z.string() }))
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const { count: total } = await json(`${api}/admin/products?status[]=published&limit=1&fields=id`, { headers }, z.object({ count: z.number() }))
  const started = Date.now()
  // In place: the index empties and fills again, which is what the bar shows (a second or two).
  await json(`${api}/admin/search-indexes/product/reindex`, { method: "POST", headers, body: JSON.stringify({ strategy: "in_place" }) }, z.unknown())
  const bar = progress("검색 색인 search index", total)
  const indexes = z.object({ search_indexes: z.array(z.object({ name: z.string(), status: z.string() })) })
  for (let shown = 0; ; ) {
    const { search_indexes } = await json(`${api}/admin/search-indexes`, { headers }, indexes)
    const status = search_indexes.find((i) => i.name === "product")?.status
    const { count } = await json(`${api}/admin/search?q=&entity=product&limit=1`, { headers }, z.object({ count: z.number().optional() }).passthrough()).catch(() => ({ count: shown }))
    const now = Math.min(total, count ?? shown)
    if (now > shown) bar.tick(now - shown)
    shown = Math.max(shown, now)
    if (status === "ready" && Date.now() - started > 300) {
      if (shown < total) bar.tick(total - shown)
      break
    }
    if (status === "error") throw new Error("the search index failed to build: see the shop's log")
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  console.log(`검색 색인을 다시 만들었습니다 (${total}개 상품, ${((Date.now() - started) / 1000).toFixed(1)}초). Search index rebuilt.`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
