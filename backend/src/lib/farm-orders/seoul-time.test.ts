import { describe, expect, it } from "vitest"
import { seoulDaysBetween, seoulMonthStart, seoulWeekStart } from "./seoul-time"

describe("Seoul calendar", () => {
  it("starts the week on Monday 00:00 KST", () => {
    // Wednesday 2026-11-25 10:00 KST
    expect(seoulWeekStart(new Date("2026-11-25T01:00:00Z")).toISOString()).toBe("2026-11-22T15:00:00.000Z")
    // Monday 2026-11-23 00:30 KST is still that Monday (it is Sunday in UTC).
    expect(seoulWeekStart(new Date("2026-11-22T15:30:00Z")).toISOString()).toBe("2026-11-22T15:00:00.000Z")
    // Sunday 2026-11-29 23:59 KST belongs to the week of Monday the 23rd.
    expect(seoulWeekStart(new Date("2026-11-29T14:59:00Z")).toISOString()).toBe("2026-11-22T15:00:00.000Z")
  })

  it("starts the month on the 1st 00:00 KST", () => {
    expect(seoulMonthStart(new Date("2026-11-25T01:00:00Z")).toISOString()).toBe("2026-10-31T15:00:00.000Z")
    // 2026-12-01 08:00 KST is in December although it is still November 30 in UTC.
    expect(seoulMonthStart(new Date("2026-11-30T23:00:00Z")).toISOString()).toBe("2026-11-30T15:00:00.000Z")
  })

  it("counts Seoul calendar days waited", () => {
    const placed = new Date("2026-11-24T14:00:00Z") // 24th 23:00 KST
    expect(seoulDaysBetween(placed, new Date("2026-11-24T14:30:00Z"))).toBe(0)
    expect(seoulDaysBetween(placed, new Date("2026-11-24T15:30:00Z"))).toBe(1) // 25th 00:30 KST
    expect(seoulDaysBetween(placed, new Date("2026-11-27T03:00:00Z"))).toBe(3)
    expect(seoulDaysBetween(new Date("2026-12-01T00:00:00Z"), placed)).toBe(0)
  })
})
