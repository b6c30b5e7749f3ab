import { describe, expect, it } from "vitest"
import { readBenchOptions } from "./options"

describe("readBenchOptions", () => {
  it("defaults to 3 Lighthouse runs per page and accepts 0 to skip Lighthouse", () => {
    expect(readBenchOptions([])).toMatchObject({ lighthouseRuns: 3, requests: 200, warmup: 20, restart: false })
    expect(readBenchOptions(["--lighthouse-runs", "0"])?.lighthouseRuns).toBe(0)
  })

  it("refuses a bad count with the option's name, and gives undefined for --help", () => {
    expect(() => readBenchOptions(["--lighthouse-runs", "many"])).toThrow(/--lighthouse-runs/)
    expect(() => readBenchOptions(["--lighthouse-runs", "40"])).toThrow()
    expect(readBenchOptions(["--help"])).toBeUndefined()
  })
})
