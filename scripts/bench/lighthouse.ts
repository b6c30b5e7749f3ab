import type { LaunchedChrome } from "chrome-launcher"
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./browser"
import { readLighthouseResult, type LighthouseRun } from "./lighthouse-result"

const RUN_TIMEOUT_MS = 150_000

/**
 * Chromium's paint holding keeps the previous page on screen during a same-origin navigation. In
 * Lighthouse's about:blank-then-page load it held the first paint of a fully parsed, styled page
 * for about a second in roughly half the runs (never with the page's scripts blocked, never with
 * this flag: measured 2026-11-26), and the simulated metrics then charge everything loaded in that
 * second to FCP and LCP. A shopper arriving from a link never meets it, so the audits run without it.
 */
/** Lighthouse's default storage types to clear, plus localStorage. */
const FIRST_VISIT_STORAGE = ["file_systems", "shader_cache", "service_workers", "cache_storage", "local_storage"] as const

export const LIGHTHOUSE_CHROMIUM_FLAGS: readonly string[] = [...CHROMIUM_FLAGS, "--disable-features=PaintHolding"]

/**
 * Lighthouse's Node API (an ES module package, loaded with import()) on one Debian Chromium,
 * relaunched after a failed run. Mobile (its default form factor and simulated throttling),
 * performance and accessibility only; Lighthouse resets the origin's storage and cache each run.
 */
export class LighthouseSession {
  private chrome: LaunchedChrome | undefined

  private async browser(): Promise<LaunchedChrome> {
    if (!this.chrome) {
      const { launch } = await import("chrome-launcher")
      this.chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...LIGHTHOUSE_CHROMIUM_FLAGS], logLevel: "silent" })
    }
    return this.chrome
  }

  /** One run; `headers` go with every request of the page (e.g. the cart cookie). */
  async run(url: string, headers: Record<string, string> = {}): Promise<LighthouseRun> {
    const { default: lighthouse } = await import("lighthouse")
    const chrome = await this.browser()
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS)
    })
    try {
      const result = await Promise.race([
        lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility"],
          disableFullPageScreenshot: true,
          maxWaitForLoad: 60_000,
          extraHeaders: headers,
          // A first visit: Lighthouse empties the HTTP cache but by default keeps localStorage, where
          // the shop remembers that its font is cached (storefront/src/app/font-loader.tsx).
          clearStorageTypes: [...FIRST_VISIT_STORAGE],
        }),
        timeout,
      ])
      if (!result) throw new Error("Lighthouse returned no result")
      return readLighthouseResult(result.lhr)
    } catch (error) {
      this.close() // a fresh browser for the next run
      throw error
    } finally {
      clearTimeout(timer)
    }
  }

  close(): void {
    this.chrome?.kill()
    this.chrome = undefined
  }
}
