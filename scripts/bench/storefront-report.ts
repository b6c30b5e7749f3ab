/** The storefront section's tables: Lighthouse medians, first-load JavaScript, and the targets. */
import type { StorefrontPage } from "./browser"
import type { PageScripts } from "./first-load-js"
import type { PageSummary } from "./lighthouse-result"
import { formatMs } from "./stats"
import { formatTable } from "./table"

export interface AuditedPage {
  page: StorefrontPage
  summary: PageSummary | undefined
  error?: string
}

export const TARGETS = { performance: 0.98, accessibility: 1, ttfbMs: 10 } as const

const score = (value: number | null | undefined) => (value === null || value === undefined ? "-" : value.toFixed(2))
const ms = (value: number | null | undefined) => (value === null || value === undefined ? "-" : formatMs(value))
const kb = (value: number) => `${value.toFixed(1)} kB`

export function renderLighthouseTable(audited: readonly AuditedPage[]): string {
  const rows = audited.map(({ page, summary, error }) =>
    summary
      ? [
          page.name,
          page.path,
          score(summary.performance),
          score(summary.accessibility),
          ms(summary.lcpMs),
          ms(summary.tbtMs),
          summary.cls === null ? "-" : summary.cls.toFixed(3),
          summary.scriptKb === null ? "-" : kb(summary.scriptKb),
          String(summary.runs),
        ]
      : [page.name, page.path, "-", "-", "-", "-", "-", "-", `0 (${error ?? "not run"})`],
  )
  return formatTable(["page", "path", "perf", "a11y", "LCP", "TBT", "CLS", "all JS (LH)", "runs"], rows, { left: [0, 1, 8] })
}

/** The failing accessibility audits of each page, with a few offending elements to find them in the code. */
export function renderFailingAudits(audited: readonly AuditedPage[]): string {
  const lines: string[] = []
  for (const { page, summary } of audited) {
    for (const audit of summary?.failing ?? []) {
      const weight = audit.weight > 0 ? `weight ${audit.weight}` : "not scored"
      lines.push(`  ${page.name}: ${audit.id} (${weight}; failed in ${audit.failedRuns}/${summary?.runs ?? 0} runs) — ${audit.title}`)
      for (const node of audit.nodes) lines.push(`      ${node.replace(/\s+/g, " ").slice(0, 200)}`)
    }
  }
  return lines.length > 0 ? ["failing accessibility audits:", ...lines].join("\n") : "failing accessibility audits: none"
}

export function renderScriptsTable(measured: readonly PageScripts[]): string {
  const rows = measured.map((m) =>
    m.error
      ? [m.page.name, m.page.path, "-", "-", "-", "-", m.error]
      : [
          m.page.name,
          m.page.path,
          String(m.status ?? "-"),
          kb(m.firstLoadKb),
          String(m.firstLoadCount),
          `${kb(m.untilIdleKb)} (${m.untilIdleCount})`,
          [
            m.failedScripts > 0 ? `${m.failedScripts} scripts failed (another build serving?)` : "",
            m.uncompressed > 0 ? `${m.uncompressed} scripts sent uncompressed` : "",
          ]
            .filter(Boolean)
            .join("; "),
        ],
  )
  return formatTable(["route", "path", "HTTP", "first-load JS", "scripts", "JS until idle (n)", "note"], rows, { left: [0, 1, 6] })
}

export interface Check {
  what: string
  target: string
  measured: string
  /** undefined: not measured (counts as not met). */
  met: boolean | undefined
}

export interface TargetInputs {
  audited: readonly AuditedPage[]
  scripts: readonly PageScripts[]
  /** p50 first byte of the warmed product page. */
  ttfb: { p50Ms: number } | undefined
}

function scoreCheck(what: string, value: number | null | undefined, target: number, exact: boolean): Check {
  const measured = value === null || value === undefined ? "not measured" : value.toFixed(2)
  const met = value === null || value === undefined ? undefined : value >= target
  return { what, target: exact ? `= ${target.toFixed(2)}` : `>= ${target.toFixed(2)}`, measured, met }
}

/** Issue 3's speed bar, one check per page and number. */
export function targetChecks({ audited, scripts, ttfb }: TargetInputs): Check[] {
  const checks: Check[] = []
  for (const { page, summary } of audited) {
    checks.push(scoreCheck(`Lighthouse performance, ${page.name}`, summary?.performance, TARGETS.performance, false))
  }
  for (const { page, summary } of audited) {
    checks.push(scoreCheck(`Lighthouse accessibility, ${page.name}`, summary?.accessibility, TARGETS.accessibility, true))
  }
  for (const m of scripts) {
    checks.push({
      what: `first-load JS, ${m.page.name}`,
      target: `<= ${m.page.jsBudgetKb} kB`,
      measured: m.error ? `not measured (${m.error})` : kb(m.firstLoadKb),
      met: m.error || m.failedScripts > 0 ? undefined : m.firstLoadKb <= m.page.jsBudgetKb,
    })
  }
  checks.push({
    what: "TTFB p50, cached product page",
    target: `<= ${TARGETS.ttfbMs} ms`,
    measured: ttfb ? formatMs(ttfb.p50Ms) : "not measured",
    met: ttfb ? ttfb.p50Ms <= TARGETS.ttfbMs : undefined,
  })
  return checks
}

export function renderChecks(checks: readonly Check[]): string {
  const mark = (met: boolean | undefined) => (met === true ? "✓" : met === false ? "✗" : "?")
  const table = formatTable(
    ["target", "goal", "measured", ""],
    checks.map((c) => [c.what, c.target, c.measured, mark(c.met)]),
    { left: [0, 3] },
  )
  const met = checks.filter((c) => c.met === true).length
  return `${table}\n${met} of ${checks.length} targets met`
}
