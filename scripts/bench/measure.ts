import type { Measurement } from "./report"
import { catalogSample, productsUrl, regionId, type CatalogSample } from "./shop-data"
import type { StackInfo } from "./stack"
import { runSeries, type SeriesOptions, type Target } from "./timing"

export interface MeasureSettings {
  requests: number
  concurrency: number
  warmup: number
}

/** The label of the cached product page's first-byte row (the TTFB target of the storefront section). */
export const PRODUCT_PAGE_ROW = "storefront product page, first byte"

/** Page rows always repeat their URL a few times first, so the first byte is the cached page's. */
export const MIN_PAGE_WARMUP = 5

type Planned = Omit<Measurement, "series"> & { target: Target; options: SeriesOptions }

function note(message: string): void {
  process.stdout.write(`[bench] ${message}\n`)
}

async function answersOk(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(30_000) })
    .then(async (r) => (await r.arrayBuffer(), r.ok))
    .catch(() => false)
}

/** From the home page: a product page it links to (what a shopper clicks) and one of Next's static files. */
async function fromHomePage(storefrontUrl: string, fallbackHandle: string): Promise<{ productPage: string; nextAsset?: string }> {
  const html = await fetch(`${storefrontUrl}/`, { signal: AbortSignal.timeout(60_000) })
    .then((r) => r.text())
    .catch(() => "")
  const linked = /href="(\/products\/[^"#?]+)"/.exec(html)?.[1]
  const asset = /(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/.exec(html)?.[1]
  return { productPage: linked ?? `/products/${encodeURIComponent(fallbackHandle)}`, nextAsset: asset }
}

function apiPlan(info: StackInfo, key: string, region: string, settings: MeasureSettings): Planned[] {
  const one: SeriesOptions = { requests: settings.requests, concurrency: 1, warmup: settings.warmup }
  const many: SeriesOptions = { ...one, concurrency: settings.concurrency }
  const health: Target = { url: `${info.backendUrl}/health` }
  const products: Target = { url: productsUrl(info.backendUrl, region), headers: { "x-publishable-api-key": key } }
  const rows: Planned[] = []
  for (const options of [one, many]) {
    const c = options.concurrency
    const base = `backend GET /health (c=${c})`
    rows.push({ label: base, target: health, options, metric: "totalMs", concurrency: c })
    rows.push({ label: `store products x20 + prices (c=${c})`, target: products, options, metric: "totalMs", concurrency: c, baseline: base })
  }
  return rows
}

/** Pages, by first byte, against a static file: the /static product image, else (if it fails) a Next.js static file. */
async function pagePlan(info: StackInfo, sample: CatalogSample, settings: MeasureSettings): Promise<{ rows: Planned[]; productPage: string }> {
  const one: SeriesOptions = { requests: settings.requests, concurrency: 1, warmup: Math.max(settings.warmup, MIN_PAGE_WARMUP) }
  const { productPage, nextAsset } = await fromHomePage(info.storefrontUrl, sample.productHandle)
  const rows: Planned[] = []
  let baseline: string | undefined
  const staticRow = (label: string, url: string) => rows.push({ label, target: { url }, options: one, metric: "firstByteMs", concurrency: 1 })
  if (sample.imageUrl) {
    staticRow("backend /static image, first byte", sample.imageUrl)
    if (await answersOk(sample.imageUrl)) baseline = "backend /static image, first byte"
    else note(`the product image ${sample.imageUrl} does not answer 200: the pages are compared with a Next.js static file`)
  }
  if (nextAsset) {
    staticRow("storefront /_next/static file, first byte", `${info.storefrontUrl}${nextAsset}`)
    baseline ??= "storefront /_next/static file, first byte"
  }
  for (const [label, path] of [
    ["storefront home, first byte", "/"],
    [PRODUCT_PAGE_ROW, productPage],
  ] as const) {
    rows.push({ label, target: { url: `${info.storefrontUrl}${path}` }, options: one, metric: "firstByteMs", concurrency: 1, baseline })
  }
  return { rows, productPage }
}

/**
 * Every HTTP measurement, one after the other (never two at once: they would slow each other):
 * the API rows against GET /health of the same backend, the pages against a static file.
 */
export async function measureAll(
  info: StackInfo,
  key: string,
  settings: MeasureSettings,
): Promise<{ measurements: Measurement[]; sample: CatalogSample; region: string; productPage: string }> {
  const region = await regionId(info.backendUrl, key)
  const sample = await catalogSample(info.backendUrl, key, region)
  const pages = await pagePlan(info, sample, settings)
  const measurements: Measurement[] = []
  for (const { target, options, ...rest } of [...apiPlan(info, key, region, settings), ...pages.rows]) {
    note(`${rest.label}: ${options.warmup} warm-up + ${options.requests} requests…`)
    measurements.push({ ...rest, series: await runSeries(target, options) })
  }
  return { measurements, sample, region, productPage: pages.productPage }
}
