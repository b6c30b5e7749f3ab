import { benchEngine, type BenchResult } from "../../backend/src/lib/korean-search/bench-engine"
import { QUERY_CASES, queryCaseProblems } from "../../backend/src/lib/korean-search/query-set"
import { formatMs, formatRatio, percentile } from "./stats"
import { formatTable } from "./table"
import { timedRequest } from "./timing"

/** Issue 4's bars: the provider at 5,000 products, and the store route against Medusa's default search. */
const PROVIDER_P95_TARGET_MS = 5
const E2E_RATIO_TARGET = 1 / 5
const SIZES = [5_000, 50_000]

interface RouteRun {
  p50Ms: number
  p95Ms: number
  /** Query-set cases whose expectations the route meets (top 3, no long tail). */
  found: number
  errors: number
}

/** Every query of the set once for the score, then `requests` timed calls cycling through them. */
async function measureRoute(url: (q: string) => string, handlesOf: (body: unknown) => { handles: string[]; count: number }, headers: Record<string, string>, requests: number): Promise<RouteRun> {
  let found = 0
  let errors = 0
  for (const c of QUERY_CASES) {
    const res = await fetch(url(c.query), { headers })
    if (!res.ok) {
      errors += 1
      continue
    }
    if (!queryCaseProblems(c, handlesOf(await res.json())).length) found += 1
  }
  const times: number[] = []
  for (let i = 0; i < requests; i++) {
    const sample = await timedRequest({ url: url(QUERY_CASES[i % QUERY_CASES.length].query), headers })
    if (sample.status >= 400) errors += 1
    times.push(sample.totalMs)
  }
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), found, errors }
}

type Shop = { backendUrl: string; key: string; region: string; requests: number }

export async function searchSection(shop: Shop): Promise<{ text: string; failed: boolean }> {
  const headers = { "x-publishable-api-key": shop.key }
  const engine: BenchResult[] = SIZES.map((n) => benchEngine(n))
  const q = encodeURIComponent
  const ours = await measureRoute(
    (text) => `${shop.backendUrl}/store/search?q=${q(text)}&limit=20`,
    (body) => {
      const b = body as { hits: { handle: string }[]; count: number }
      return { handles: b.hits.map((h) => h.handle), count: b.count }
    },
    headers,
    shop.requests
  )
  const medusa = await measureRoute(
    (text) => `${shop.backendUrl}/store/products?q=${q(text)}&limit=20&fields=id,handle,title,thumbnail&region_id=${shop.region}`,
    (body) => {
      const b = body as { products: { handle: string }[]; count: number }
      return { handles: b.products.map((p) => p.handle), count: b.count }
    },
    headers,
    shop.requests
  )
  const n = QUERY_CASES.length
  const ratio = ours.p95Ms / medusa.p95Ms
  const five = engine[0]
  const text = [
    "",
    `Search — the Korean engine (embedded provider) over synthetic catalogs; ${n} queries of the query set, 3 rounds`,
    "",
    formatTable(
      ["products", "index build", "heap", "p50", "p95"],
      engine.map((r) => [r.products.toLocaleString("en-US"), formatMs(r.buildMs), `${r.heapMB.toFixed(0)} MB`, formatMs(r.p50Ms), formatMs(r.p95Ms)])
    ),
    "",
    `Search end to end on the seeded catalog: ${shop.requests} requests each (c=1), after one pass over the query set for the found rate`,
    "",
    formatTable(
      ["route", "found (top 3)", "p50", "p95", "vs default p95", "err"],
      [
        ["GET /store/search (서귀포in)", `${ours.found}/${n}`, formatMs(ours.p50Ms), formatMs(ours.p95Ms), formatRatio(ratio), String(ours.errors)],
        ["GET /store/products?q= (Medusa default)", `${medusa.found}/${n}`, formatMs(medusa.p50Ms), formatMs(medusa.p95Ms), "×1.0", String(medusa.errors)],
      ]
    ),
    "",
    formatTable(
      ["target (issue 4)", "goal", "measured"],
      [
        ["provider p95 at 5,000 products", `<= ${PROVIDER_P95_TARGET_MS} ms`, `${formatMs(five.p95Ms)}  ${five.p95Ms <= PROVIDER_P95_TARGET_MS ? "✓" : "✗"}`],
        ["/store/search p95 vs default", `<= ${formatRatio(E2E_RATIO_TARGET)}`, `${formatRatio(ratio)}  ${ratio <= E2E_RATIO_TARGET ? "✓" : "✗"}`],
        ["query set found by /store/search", `${n}/${n}`, `${ours.found}/${n}  ${ours.found === n ? "✓" : "✗"}`],
      ]
    ),
  ].join("\n")
  return { text, failed: ours.errors > 0 || medusa.errors > 0 }
}
