import { describe, expect, it } from "vitest"
import { depositDeadline } from "./deposit"

describe("depositDeadline", () => {
  it("counts the deposit days in Korean time", () => {
    // 2026-11-26 23:30 in Seoul is 14:30 UTC: three days later is 29 November in Seoul.
    expect(depositDeadline(new Date("2026-11-26T14:30:00Z"), 3)).toBe("2026년 11월 29일")
  })
})
