import { describe, expect, it } from "vitest"
import { brixThreshold, citrusProblems, newestLot } from "./citrus"

const lot = (measured_on: string, brix: number, acidity = 0.9) => ({ lot: measured_on, brix, acidity, measured_on })

describe("citrus thresholds (DOMAIN.md)", () => {
  it("sets 레드향 13.5, 한라봉 13, 천혜향 12.5 heated / 13 unheated, none for the others", () => {
    expect(brixThreshold("레드향")).toBe(13.5)
    expect(brixThreshold("한라봉")).toBe(13)
    expect(brixThreshold("천혜향", true)).toBe(12.5)
    expect(brixThreshold("천혜향", false)).toBe(13)
    expect(brixThreshold("천혜향")).toBe(13)
    expect(brixThreshold("노지감귤")).toBeNull()
  })

  it("judges the newest lot by measured_on, not the list order", () => {
    expect(newestLot([lot("2026-12-20", 14), lot("2026-12-01", 12)])?.brix).toBe(14)
    expect(citrusProblems({ variety: "레드향", lots: [lot("2026-12-20", 14), lot("2026-12-01", 12)] })).toEqual([])
    expect(citrusProblems({ variety: "레드향", lots: [lot("2026-12-01", 14), lot("2026-12-20", 13.4)] })[0]).toMatch(/13\.4°Bx.*13\.5°Bx/)
  })

  it("refuses acidity over 1.1% for every variety, and no lot at all", () => {
    expect(citrusProblems({ variety: "노지감귤", lots: [lot("2026-11-01", 10, 1.2)] })[0]).toMatch(/산도 1\.2%.*1\.1%/)
    expect(citrusProblems({ variety: "노지감귤", lots: [lot("2026-11-01", 10, 1.1)] })).toEqual([])
    expect(citrusProblems({ variety: "천혜향", heated_greenhouse: true, lots: [lot("2026-11-01", 12.6)] })).toEqual([])
    expect(citrusProblems({ variety: "천혜향", heated_greenhouse: false, lots: [lot("2026-11-01", 12.6)] })).toHaveLength(1)
    expect(citrusProblems({ variety: "한라봉", lots: [] })[0]).toContain("citrus.lots")
  })
})
