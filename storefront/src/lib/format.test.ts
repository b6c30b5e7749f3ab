import { describe, expect, it } from "vitest"
import { formatPriceFrom, formatWon } from "./format"

describe("formatWon", () => {
  it("groups thousands and appends 원", () => {
    expect(formatWon(39000)).toBe("39,000원")
    expect(formatWon(1234567)).toBe("1,234,567원")
    expect(formatWon(0)).toBe("0원")
    expect(formatWon(900)).toBe("900원")
  })

  it("rounds a fractional amount once, half away from zero", () => {
    expect(formatWon(54454.5454)).toBe("54,455원")
    expect(formatWon(1999.5)).toBe("2,000원")
    expect(formatWon(-1999.5)).toBe("-2,000원")
    expect(formatWon(-0.4)).toBe("0원")
  })

  it("refuses what is not a number", () => {
    expect(() => formatWon(Number.NaN)).toThrow(RangeError)
    expect(() => formatWon(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})

describe("formatPriceFrom", () => {
  it("shows the lowest price with 부터 when variants differ", () => {
    expect(formatPriceFrom([39000, 29000, 55000])).toBe("29,000원부터")
  })

  it("shows a single price plainly", () => {
    expect(formatPriceFrom([25000, 25000])).toBe("25,000원")
  })

  it("ignores unpriced variants and gives null when none is priced", () => {
    expect(formatPriceFrom([null, 18000, undefined])).toBe("18,000원")
    expect(formatPriceFrom([null])).toBeNull()
    expect(formatPriceFrom([])).toBeNull()
  })
})
