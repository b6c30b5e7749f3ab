/** What the bench reads from a Lighthouse result (LHR, `--output=json`), and the median of several runs. */
import { z } from "zod"
import { median } from "./stats"

const categorySchema = z.object({
  score: z.number().nullable(),
  auditRefs: z.array(z.object({ id: z.string(), weight: z.number() })),
})

const auditSchema = z.object({
  title: z.string(),
  score: z.number().nullable(),
  scoreDisplayMode: z.string(),
  numericValue: z.number().optional(),
  details: z.unknown().optional(),
})

const lhrSchema = z.object({
  lighthouseVersion: z.string(),
  finalDisplayedUrl: z.string(),
  runtimeError: z.object({ code: z.string(), message: z.string() }).optional(),
  runWarnings: z.array(z.string()).default([]),
  categories: z.object({ performance: categorySchema, accessibility: categorySchema }),
  audits: z.record(z.string(), auditSchema),
})

const nodeItems = z.object({
  items: z.array(z.object({ node: z.object({ selector: z.string().optional(), snippet: z.string().optional() }).optional() })),
})

const networkItems = z.object({
  items: z.array(z.object({ resourceType: z.string().optional(), transferSize: z.number().optional() })),
})

export interface FailingAudit {
  id: string
  title: string
  /** Its weight in the accessibility score (0: reported, not scored). */
  weight: number
  /** Up to three offending elements: "selector — <snippet>". */
  nodes: string[]
}

export interface LighthouseRun {
  lighthouseVersion: string
  finalUrl: string
  performance: number | null
  accessibility: number | null
  lcpMs: number | null
  tbtMs: number | null
  cls: number | null
  /** Every Script request Lighthouse saw, transfer size in kB (includes what loads after the load event). */
  scriptKb: number
  failing: FailingAudit[]
  warnings: string[]
}

const SCORED_MODES = new Set(["binary", "numeric", "metricSavings"])

function offendingNodes(details: unknown): string[] {
  const parsed = nodeItems.safeParse(details)
  if (!parsed.success) return []
  return parsed.data.items
    .map((item) => item.node)
    .filter((node) => node !== undefined)
    .slice(0, 3)
    .map((node) => [node.selector, node.snippet].filter(Boolean).join(" — "))
}

/** The run's numbers from a parsed LHR; throws when Lighthouse reports a runtime error. */
export function readLighthouseResult(json: unknown): LighthouseRun {
  const lhr = lhrSchema.parse(json)
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null
  const failing: FailingAudit[] = []
  for (const ref of lhr.categories.accessibility.auditRefs) {
    const audit = lhr.audits[ref.id]
    if (!audit || audit.score === null || audit.score >= 1 || !SCORED_MODES.has(audit.scoreDisplayMode)) continue
    failing.push({ id: ref.id, title: audit.title, weight: ref.weight, nodes: offendingNodes(audit.details) })
  }
  const network = networkItems.safeParse(lhr.audits["network-requests"]?.details)
  const scriptBytes = network.success
    ? network.data.items.filter((i) => i.resourceType === "Script").reduce((sum, i) => sum + (i.transferSize ?? 0), 0)
    : 0
  return {
    lighthouseVersion: lhr.lighthouseVersion,
    finalUrl: lhr.finalDisplayedUrl,
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    lcpMs: numeric("largest-contentful-paint"),
    tbtMs: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    scriptKb: scriptBytes / 1000,
    failing,
    warnings: lhr.runWarnings,
  }
}

export interface PageSummary {
  runs: number
  performance: number | null
  accessibility: number | null
  lcpMs: number | null
  tbtMs: number | null
  cls: number | null
  scriptKb: number | null
  /** Every accessibility audit that failed in at least one run, with how many runs it failed in. */
  failing: (FailingAudit & { failedRuns: number })[]
  finalUrls: string[]
  warnings: string[]
}

function medianOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null)
  return present.length > 0 ? median(present) : null
}

/** Each number's median over the runs (each metric on its own), and the union of the failing audits. */
export function summarizeRuns(runs: readonly LighthouseRun[]): PageSummary {
  const failing = new Map<string, FailingAudit & { failedRuns: number }>()
  for (const run of runs) {
    for (const audit of run.failing) {
      const seen = failing.get(audit.id)
      if (seen) seen.failedRuns++
      else failing.set(audit.id, { ...audit, failedRuns: 1 })
    }
  }
  return {
    runs: runs.length,
    performance: medianOf(runs.map((r) => r.performance)),
    accessibility: medianOf(runs.map((r) => r.accessibility)),
    lcpMs: medianOf(runs.map((r) => r.lcpMs)),
    tbtMs: medianOf(runs.map((r) => r.tbtMs)),
    cls: medianOf(runs.map((r) => r.cls)),
    scriptKb: medianOf(runs.map((r) => r.scriptKb)),
    failing: [...failing.values()].sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id)),
    finalUrls: [...new Set(runs.map((r) => r.finalUrl))],
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
  }
}
