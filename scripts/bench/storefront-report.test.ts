import { describe, expect, it } from "vitest"
import { STOREFRONT_PAGES, type StorefrontPage } from "./browser"
import type { PageScripts } from "./first-load-js"
import type { PageSummary } from "./lighthouse-result"
import { renderChecks, renderFailingAudits, renderLighthouseTable, targetChecks, type AuditedPage } from "./storefront-report"

const page = (name: string): StorefrontPage => {
  const found = STOREFRONT_PAGES.find((p) => p.name === name)
  if (!found) throw new Error(name)
  return found
}

const summary = (performance: number, accessibility: number): PageSummary => ({
  runs: 3,
  performance,
  accessibility,
  lcpMs: 1500,
  tbtMs: 20,
  cls: 0.01,
  scriptKb: 130,
  failing: accessibility < 1 ? [{ id: "color-contrast", title: "Contrast", weight: 7, nodes: ["footer p — <p>"], failedRuns: 3 }] : [],
  finalUrls: [],
  warnings: [],
})

const scripts = (name: string, kb: number): PageScripts => ({
  page: page(name),
  status: 200,
  firstLoadKb: kb,
  firstLoadCount: 8,
  untilIdleKb: kb + 10,
  untilIdleCount: 9,
  uncompressed: 0,
  failedScripts: 0,
})

describe("targetChecks", () => {
  const audited: AuditedPage[] = [
    { page: page("home"), summary: summary(0.99, 1) },
    { page: page("cart"), summary: summary(0.98, 0.96) },
    { page: page("checkout"), summary: undefined, error: "lighthouse failed" },
  ]

  it("checks performance >= 0.98, accessibility 1, the JS budget of each route (160 kB on checkout) and TTFB <= 10 ms", () => {
    const checks = targetChecks({
      audited,
      scripts: [scripts("home", 120), scripts("product", 120.4), scripts("checkout", 150)],
      ttfb: { p50Ms: 12.5 },
    })
    const byWhat = new Map(checks.map((c) => [c.what, c]))
    expect(byWhat.get("Lighthouse performance, home")).toMatchObject({ target: ">= 0.98", measured: "0.99", met: true })
    expect(byWhat.get("Lighthouse performance, cart")?.met).toBe(true)
    expect(byWhat.get("Lighthouse performance, checkout")).toMatchObject({ measured: "not measured", met: undefined })
    expect(byWhat.get("Lighthouse accessibility, cart")).toMatchObject({ target: "= 1.00", measured: "0.96", met: false })
    expect(byWhat.get("first-load JS, home")).toMatchObject({ target: "<= 120 kB", measured: "120.0 kB", met: true })
    expect(byWhat.get("first-load JS, product")?.met).toBe(false)
    expect(byWhat.get("first-load JS, checkout")).toMatchObject({ target: "<= 160 kB", met: true })

    const broken = { ...scripts("farm", 50), failedScripts: 1 }
    const failed = { ...scripts("account login", 0), error: "HTTP 500" }
    const [farm, login] = targetChecks({ audited: [], scripts: [broken, failed], ttfb: undefined })
    expect(farm).toMatchObject({ measured: "50.0 kB", met: undefined })
    expect(login).toMatchObject({ measured: "not measured (HTTP 500)", met: undefined })
    expect(byWhat.get("TTFB p50, cached product page")).toMatchObject({ target: "<= 10 ms", measured: "12.5 ms", met: false })
  })

  it("renders a ✓, ✗ or ? beside each target and counts the ones met", () => {
    const text = renderChecks(targetChecks({ audited, scripts: [], ttfb: undefined }))
    expect(text).toMatch(/^Lighthouse performance, home\s+>= 0\.98\s+0\.99\s+✓$/m)
    expect(text).toMatch(/^Lighthouse accessibility, cart\s+= 1\.00\s+0\.96\s+✗$/m)
    expect(text).toMatch(/^TTFB p50, cached product page\s+<= 10 ms\s+not measured\s+\?$/m)
    expect(text.split("\n").at(-1)).toBe("3 of 7 targets met")
  })
})

describe("the Lighthouse tables", () => {
  it("shows the medians per page, a page that could not be audited, and the failing audits with their elements", () => {
    const audited: AuditedPage[] = [
      { page: page("cart"), summary: summary(0.98, 0.96) },
      { page: page("checkout"), summary: undefined, error: "NO_FCP" },
    ]
    const table = renderLighthouseTable(audited)
    expect(table).toMatch(/^cart\s+\/cart\s+0\.98\s+0\.96\s+1\.50 s\s+20\.0 ms\s+0\.010\s+130\.0 kB\s+3$/m)
    expect(table).toMatch(/^checkout\s+\/checkout(\s+-){6}\s+0 \(NO_FCP\)$/m)
    expect(renderFailingAudits(audited)).toBe(
      ["failing accessibility audits:", "  cart: color-contrast (weight 7; failed in 3/3 runs) — Contrast", "      footer p — <p>"].join("\n"),
    )
    expect(renderFailingAudits([{ page: page("home"), summary: summary(1, 1) }])).toBe("failing accessibility audits: none")
  })
})
