import { chromium, type Browser, type Request } from "@playwright/test"
import { CART_COOKIE, CHROMIUM_FLAGS, CHROMIUM_PATH, type StorefrontPage } from "./browser"

export interface PageScripts {
  page: StorefrontPage
  status: number | undefined
  /** Scripts requested before the load event: the first-load JavaScript, kB as sent (encoded). */
  firstLoadKb: number
  firstLoadCount: number
  /** Every script until the network was idle (adds what hydration and link prefetching load), kB as sent. */
  untilIdleKb: number
  untilIdleCount: number
  /** Scripts sent without content encoding (not gzip/br), a sign of a missing compression. */
  uncompressed: number
  /** Script requests that failed or answered 4xx/5xx (e.g. a chunk of another build). */
  failedScripts: number
  error?: string
}

interface Seen {
  request: Request
  beforeLoad: boolean
}

async function measure(browser: Browser, storefrontUrl: string, page: StorefrontPage, cartId: string | undefined): Promise<PageScripts> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: "ko-KR",
  })
  try {
    if (page.withCart && cartId) await context.addCookies([{ name: CART_COOKIE, value: cartId, url: storefrontUrl }])
    const tab = await context.newPage()
    const scripts: Seen[] = []
    let loaded = false
    tab.on("load", () => (loaded = true))
    tab.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push({ request, beforeLoad: !loaded })
    })
    const response = await tab.goto(`${storefrontUrl}${page.path}`, { waitUntil: "load", timeout: 60_000 })
    await tab.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => undefined)
    const measured = await Promise.all(
      scripts.map(async (s) => {
        const sizes = await s.request.sizes().catch(() => undefined)
        const response = await s.request.response()
        const encoding = response?.headers()["content-encoding"]
        const ok = response !== null && response.status() < 400
        return { ...s, ok, bytes: ok ? (sizes?.responseBodySize ?? 0) : 0, compressed: Boolean(encoding && encoding !== "identity") }
      }),
    )
    const status = response?.status()
    if (status === undefined || status >= 400) throw new Error(`HTTP ${status ?? "no response"}`)
    const kb = (list: typeof measured) => list.reduce((sum, s) => sum + s.bytes, 0) / 1000
    const first = measured.filter((s) => s.beforeLoad)
    return {
      page,
      status,
      firstLoadKb: kb(first),
      firstLoadCount: first.length,
      untilIdleKb: kb(measured),
      untilIdleCount: measured.length,
      uncompressed: measured.filter((s) => !s.compressed && s.bytes > 1000).length,
      failedScripts: measured.filter((s) => !s.ok).length,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error)
    return { page, status: undefined, firstLoadKb: 0, firstLoadCount: 0, untilIdleKb: 0, untilIdleCount: 0, uncompressed: 0, failedScripts: 0, error: message }
  } finally {
    await context.close()
  }
}

/**
 * Each page opened once in a fresh phone-sized context (empty cache) of Debian's Chromium,
 * summing the encoded size of its script responses: what a first visit downloads.
 */
export async function firstLoadJs(storefrontUrl: string, pages: readonly StorefrontPage[], cartId: string | undefined): Promise<PageScripts[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] })
  try {
    const results: PageScripts[] = []
    for (const page of pages) results.push(await measure(browser, storefrontUrl, page, cartId))
    return results
  } finally {
    await browser.close()
  }
}
