import { describe, expect, it } from "vitest"
import { readLighthouseResult, summarizeRuns, type LighthouseRun } from "./lighthouse-result"

/** The part of a Lighthouse 12 result the bench reads. */
function lhr(overrides: { performance?: number | null; contrastScore?: number; runtimeError?: { code: string; message: string } } = {}) {
  return {
    lighthouseVersion: "12.8.2",
    finalDisplayedUrl: "http://localhost:8000/cart",
    runWarnings: [],
    runtimeError: overrides.runtimeError,
    categories: {
      performance: { score: overrides.performance === undefined ? 0.97 : overrides.performance, auditRefs: [{ id: "largest-contentful-paint", weight: 25 }] },
      accessibility: {
        score: 0.93,
        auditRefs: [
          { id: "color-contrast", weight: 7 },
          { id: "label", weight: 7 },
          { id: "tabindex", weight: 0 },
          { id: "video-caption", weight: 10 },
        ],
      },
    },
    audits: {
      "largest-contentful-paint": { title: "LCP", score: 0.9, scoreDisplayMode: "numeric", numericValue: 2100.5 },
      "total-blocking-time": { title: "TBT", score: 1, scoreDisplayMode: "numeric", numericValue: 30 },
      "cumulative-layout-shift": { title: "CLS", score: 1, scoreDisplayMode: "numeric", numericValue: 0.002 },
      "color-contrast": {
        title: "Background and foreground colors do not have a sufficient contrast ratio.",
        score: overrides.contrastScore ?? 0,
        scoreDisplayMode: "binary",
        details: { type: "table", items: [{ node: { selector: "footer > p.small", snippet: '<p class="small">' } }, { node: { selector: "a.price" } }] },
      },
      label: { title: "Form elements have associated labels", score: 1, scoreDisplayMode: "binary" },
      tabindex: { title: "No element has a tabindex value greater than 0", score: 0, scoreDisplayMode: "binary" },
      "video-caption": { title: "video", score: null, scoreDisplayMode: "notApplicable" },
      "network-requests": {
        title: "Network Requests",
        score: null,
        scoreDisplayMode: "informative",
        details: {
          items: [
            { resourceType: "Document", transferSize: 9000 },
            { resourceType: "Script", transferSize: 40_000 },
            { resourceType: "Script", transferSize: 2_500 },
          ],
        },
      },
    },
  }
}

describe("readLighthouseResult", () => {
  it("reads the scores, the metrics, the script bytes and the failing accessibility audits with their elements", () => {
    const run = readLighthouseResult(lhr())
    expect(run).toMatchObject({ performance: 0.97, accessibility: 0.93, lcpMs: 2100.5, tbtMs: 30, cls: 0.002, scriptKb: 42.5 })
    expect(run.failing).toEqual([
      { id: "color-contrast", title: expect.stringContaining("contrast"), weight: 7, nodes: ['footer > p.small — <p class="small">', "a.price"] },
      { id: "tabindex", title: expect.any(String), weight: 0, nodes: [] },
    ])
  })

  it("keeps a missing score as null and refuses a run that ended in a runtime error", () => {
    expect(readLighthouseResult(lhr({ performance: null })).performance).toBeNull()
    expect(() => readLighthouseResult(lhr({ runtimeError: { code: "NO_FCP", message: "The page did not paint" } }))).toThrow(/NO_FCP/)
    expect(() => readLighthouseResult({ lighthouseVersion: "12" })).toThrow()
  })
})

describe("summarizeRuns", () => {
  const run = (performance: number | null, lcpMs: number, failing: string[]): LighthouseRun => ({
    lighthouseVersion: "12.8.2",
    finalUrl: "http://localhost:8000/",
    performance,
    accessibility: 1,
    lcpMs,
    tbtMs: 0,
    cls: 0,
    scriptKb: 100,
    failing: failing.map((id) => ({ id, title: id, weight: id === "label" ? 7 : 3, nodes: [] })),
    warnings: [],
  })

  it("takes each number's median over the runs and counts in how many runs each audit failed", () => {
    const summary = summarizeRuns([run(0.99, 1800, ["image-alt"]), run(0.91, 2400, ["label", "image-alt"]), run(0.97, 2000, [])])
    expect(summary).toMatchObject({ runs: 3, performance: 0.97, lcpMs: 2000, accessibility: 1 })
    expect(summary.failing.map((f) => [f.id, f.failedRuns])).toEqual([
      ["label", 1],
      ["image-alt", 2],
    ])
  })

  it("ignores runs without a score and gives null when none has one", () => {
    expect(summarizeRuns([run(null, 1, []), run(0.9, 1, [])]).performance).toBe(0.9)
    expect(summarizeRuns([run(null, 1, [])]).performance).toBeNull()
  })
})
