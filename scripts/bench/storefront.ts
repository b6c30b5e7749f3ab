/**
 * The storefront section of `npm run bench` (issue 3's speed bar): Lighthouse (mobile) medians per
 * page, the first-load JavaScript of each route, and the targets beside the measured numbers.
 */
import { readFile } from "node:fs/promises"
import path from "node:path"
import { performance } from "node:perf_hooks"
import { repoRoot } from "../launcher/config"
import { CART_COOKIE, PRODUCT_HANDLE, STOREFRONT_PAGES, type StorefrontPage } from "./browser"
import { cartWithOneItem } from "./cart-fixture"
import { firstLoadJs } from "./first-load-js"
import { LighthouseSession } from "./lighthouse"
import { summarizeRuns, type LighthouseRun } from "./lighthouse-result"
import { formatMs } from "./stats"
import { renderChecks, renderFailingAudits, renderLighthouseTable, renderScriptsTable, targetChecks, type AuditedPage, type TargetInputs } from "./storefront-report"

function note(message: string): void {
  process.stdout.write(`[bench] ${message}\n`)
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

type Slots = Map<StorefrontPage, { runs: LighthouseRun[]; error?: string }>

/** Lighthouse `runs` times per page, the pages interleaved (run 1 of every page, then run 2, …). */
async function audit(storefrontUrl: string, pages: readonly StorefrontPage[], cartId: string | undefined, runs: number): Promise<AuditedPage[]> {
  const results: Slots = new Map(pages.map((p) => [p, { runs: [] }]))
  const session = new LighthouseSession()
  try {
    await rounds(session, storefrontUrl, pages, cartId, runs, results)
  } finally {
    session.close()
  }
  return pages.map((page) => {
    const slot = results.get(page)
    const summary = slot && slot.runs.length > 0 ? summarizeRuns(slot.runs) : undefined
    return { page, summary, error: slot?.error }
  })
}

async function rounds(
  session: LighthouseSession,
  storefrontUrl: string,
  pages: readonly StorefrontPage[],
  cartId: string | undefined,
  runs: number,
  results: Slots,
): Promise<void> {
  for (let round = 1; round <= runs; round++) {
    for (const page of pages) {
      const slot = results.get(page)
      if (!slot) continue
      if (page.withCart && !cartId) {
        slot.error = "no cart"
        continue
      }
      const begin = performance.now()
      try {
        const run = await session.run(`${storefrontUrl}${page.path}`, page.withCart && cartId ? { Cookie: `${CART_COOKIE}=${cartId}` } : {})
        slot.runs.push(run)
        const perf = run.performance?.toFixed(2) ?? "-"
        const a11y = run.accessibility?.toFixed(2) ?? "-"
        note(`lighthouse ${page.name} run ${round}/${runs}: performance ${perf}, accessibility ${a11y} (${formatMs(performance.now() - begin)})`)
        if (new URL(run.finalUrl).pathname !== page.path) note(`  ✖ ${page.path} ended on ${run.finalUrl} (a redirect?)`)
      } catch (error) {
        slot.error = errorText(error)
        note(`lighthouse ${page.name} run ${round}/${runs} failed: ${slot.error}`)
      }
    }
  }
}

export interface StorefrontSettings {
  storefrontUrl: string
  backendUrl: string
  key: string
  region: string
  /** Lighthouse runs per page; 0 skips Lighthouse. */
  lighthouseRuns: number
  ttfb: (NonNullable<TargetInputs["ttfb"]> & { page: string; requests: number; warmup: number }) | undefined
}

/**
 * The id of the storefront build in the checkout. Another launcher (a test, a second `npm start`)
 * rebuilding the storefront in place changes it while the measured server still runs the old one.
 */
export async function storefrontBuildId(): Promise<string | undefined> {
  const text = await readFile(path.join(repoRoot, "storefront", ".next", "BUILD_ID"), "utf8").catch(() => undefined)
  return text?.trim()
}

/** The section's text, and whether something could not be measured. */
export async function storefrontSection(settings: StorefrontSettings): Promise<{ text: string; failed: boolean }> {
  let cartId: string | undefined
  try {
    cartId = await cartWithOneItem(settings.backendUrl, settings.key, settings.region, PRODUCT_HANDLE)
    note(`cart ${cartId} with one ${PRODUCT_HANDLE} (cookie ${CART_COOKIE}) for the cart and checkout pages`)
  } catch (error) {
    note(`✖ no cart for the cart and checkout pages: ${errorText(error)}`)
  }
  note(`first-load JavaScript of ${STOREFRONT_PAGES.length} routes (Chromium, empty cache, phone viewport)…`)
  const scripts = await firstLoadJs(settings.storefrontUrl, STOREFRONT_PAGES, cartId)
  const lighthousePages = STOREFRONT_PAGES.filter((p) => p.lighthouse)
  let audited: AuditedPage[] = []
  if (settings.lighthouseRuns > 0) {
    note(`Lighthouse (mobile), ${settings.lighthouseRuns} runs × ${lighthousePages.length} pages…`)
    audited = await audit(settings.storefrontUrl, lighthousePages, cartId, settings.lighthouseRuns)
  } else {
    audited = lighthousePages.map((page) => ({ page, summary: undefined, error: "skipped (--lighthouse-runs 0)" }))
  }
  const warnings = [...new Set(audited.flatMap((a) => a.summary?.warnings ?? []))]
  const redirected = audited.flatMap(({ page, summary }) =>
    (summary?.finalUrls ?? []).filter((u) => new URL(u).pathname !== page.path).map((u) => `${page.path} → ${u}`),
  )
  const lines = [
    "",
    `Storefront — Lighthouse ${settings.lighthouseRuns > 0 ? `(mobile, simulated throttling; median of ${settings.lighthouseRuns} runs; cart and checkout with one item in the cart)` : "skipped"}`,
    "",
    renderLighthouseTable(audited),
    ...(redirected.length > 0 ? [`redirected: ${redirected.join(", ")}`] : []),
    ...(warnings.length > 0 ? [`Lighthouse warnings: ${warnings.join(" | ")}`] : []),
    "",
    renderFailingAudits(audited),
    "",
    "First-load JavaScript (scripts requested before the load event, bytes as sent, empty cache)",
    "",
    renderScriptsTable(scripts),
    "",
    "Targets (issue 3)",
    "",
    renderChecks(targetChecks({ audited, scripts, ttfb: settings.ttfb })),
    ...(settings.ttfb
      ? [`TTFB: first body byte of ${settings.ttfb.page}, ${settings.ttfb.requests} requests after ${settings.ttfb.warmup} of the same URL (the product page row above).`]
      : []),
  ]
  const failed = scripts.some((s) => s.error !== undefined) || (settings.lighthouseRuns > 0 && audited.some((a) => !a.summary)) || !cartId
  return { text: lines.join("\n"), failed }
}
