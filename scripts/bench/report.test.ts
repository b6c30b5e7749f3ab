import { describe, expect, it } from "vitest"
import { renderTable, type Measurement } from "./report"
import type { Sample } from "./timing"

const sample = (ms: number): Sample => ({ status: 200, headersMs: ms, firstByteMs: ms, totalMs: ms })

describe("renderTable", () => {
  it("prints each row's p50 and p95 and its ratio to the baseline row", () => {
    const measurements: Measurement[] = [
      { label: "health", metric: "totalMs", concurrency: 1, series: { samples: [1, 2, 3].map(sample), elapsedMs: 6, errors: 0 } },
      {
        label: "products",
        metric: "totalMs",
        concurrency: 1,
        baseline: "health",
        series: { samples: [40, 80, 120].map(sample), elapsedMs: 240, errors: 1, firstError: "HTTP 500" },
      },
    ]
    const lines = renderTable(measurements).split("\n")
    expect(lines[0]).toMatch(/^measurement\s+n\s+err\s+p50\s+p95/)
    expect(lines[2]).toMatch(/^health\s+3\s+0\s+2\.00 ms\s+2\.90 ms\s+500\.0\s+\(baseline\)$/)
    expect(lines[3]).toMatch(/^products\s+3\s+1\s+80\.0 ms\s+116 ms\s+12\.5\s+×40\s+×40\s+health$/)
  })

  it("shows a measurement without a single answer instead of failing", () => {
    const table = renderTable([
      { label: "home", metric: "firstByteMs", concurrency: 1, series: { samples: [], elapsedMs: 5, errors: 3, firstError: "HTTP 502" } },
    ])
    expect(table).toMatch(/home\s+0\s+3\s+-\s+-\s+-\s+-\s+-\s+HTTP 502/)
  })
})
