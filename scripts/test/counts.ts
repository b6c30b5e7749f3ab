import { existsSync, readFileSync } from "node:fs"

export type Counts = { passed: number; failed: number; skipped: number }

export const emptyCounts = (): Counts => ({ passed: 0, failed: 0, skipped: 0 })

export function addCounts(a: Counts, b: Counts): Counts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }
}

/** Counts from vitest's JSON reporter output file. */
export function vitestCounts(file: string): Counts {
  if (!existsSync(file)) return emptyCounts()
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests }
}

/** Counts from Playwright's JSON reporter output file. */
export function playwrightCounts(file: string): Counts {
  if (!existsSync(file)) return emptyCounts()
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
  return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected, skipped: report.stats.skipped }
}
