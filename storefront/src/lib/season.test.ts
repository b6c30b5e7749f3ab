import { describe, expect, it } from "vitest"
import { isInSeason, monthInKorea, seasonMonths, seasonText, toSeason } from "./season"

describe("toSeason", () => {
  it("reads two months, numbers or numeric strings", () => {
    expect(toSeason(12, 3)).toEqual({ from: 12, to: 3 })
    expect(toSeason("5", "9")).toEqual({ from: 5, to: 9 })
  })

  it("treats missing or invalid months as all year", () => {
    expect(toSeason(null, null)).toBeNull()
    expect(toSeason(undefined, 4)).toBeNull()
    expect(toSeason(0, 4)).toBeNull()
    expect(toSeason(13, 4)).toBeNull()
    expect(toSeason(1.5, 4)).toBeNull()
  })
})

describe("seasonText", () => {
  it("names a season in Korean", () => {
    expect(seasonText(null)).toBe("연중")
    expect(seasonText({ from: 5, to: 9 })).toBe("5월~9월")
    expect(seasonText({ from: 4, to: 4 })).toBe("4월")
  })

  it("says when a season runs into the next year", () => {
    expect(seasonText({ from: 12, to: 3 })).toBe("12월~이듬해 3월")
  })
})

describe("seasonMonths and isInSeason", () => {
  it("lists months across the new year", () => {
    expect(seasonMonths({ from: 11, to: 2 })).toEqual([11, 12, 1, 2])
    expect(seasonMonths(null)).toHaveLength(12)
  })

  it("knows whether a month is in season", () => {
    expect(isInSeason({ from: 12, to: 3 }, 1)).toBe(true)
    expect(isInSeason({ from: 12, to: 3 }, 4)).toBe(false)
    expect(isInSeason({ from: 5, to: 9 }, 9)).toBe(true)
    expect(isInSeason(null, 7)).toBe(true)
  })
})

describe("monthInKorea", () => {
  it("uses Korean time, not the server's", () => {
    // 2025-12-31 16:00 UTC is already 2026-01-01 01:00 in Seoul.
    expect(monthInKorea(new Date("2025-12-31T16:00:00Z"))).toBe(1)
    expect(monthInKorea(new Date("2025-12-31T14:00:00Z"))).toBe(12)
  })
})
