import { describe, expect, it } from "vitest"
import { formatMs, formatRatio, median, percentile, ratio, summarize, throughput } from "./stats"

describe("percentile", () => {
  it("interpolates between the closest ranks", () => {
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5)
    expect(percentile([10, 20, 30, 40, 50], 50)).toBe(30)
    expect(percentile([0, 10], 95)).toBeCloseTo(9.5)
  })

  it("does not care about the input order and does not reorder it", () => {
    const values = [5, 1, 4, 2, 3]
    expect(percentile(values, 50)).toBe(3)
    expect(values).toEqual([5, 1, 4, 2, 3])
  })

  it("gives the extremes at 0 and 100, and the only value for one sample", () => {
    expect(percentile([3, 1, 2], 0)).toBe(1)
    expect(percentile([3, 1, 2], 100)).toBe(3)
    expect(percentile([7], 95)).toBe(7)
  })

  it("p95 of 1..100 is 95.05", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(values, 95)).toBeCloseTo(95.05)
  })

  it("refuses an empty list and a p outside 0..100", () => {
    expect(() => percentile([], 50)).toThrow(RangeError)
    expect(() => percentile([1], -1)).toThrow(RangeError)
    expect(() => percentile([1], 101)).toThrow(RangeError)
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError)
  })
})

describe("summarize", () => {
  it("gives count, min, mean, p50, p95 and max", () => {
    const summary = summarize([4, 1, 3, 2])
    expect(summary).toMatchObject({ count: 4, min: 1, mean: 2.5, p50: 2.5, max: 4 })
    expect(summary.p95).toBeCloseTo(3.85)
  })

  it("refuses an empty list", () => {
    expect(() => summarize([])).toThrow(RangeError)
  })
})

describe("ratio and throughput", () => {
  it("divides by a positive baseline", () => {
    expect(ratio(78, 2)).toBe(39)
    expect(ratio(1, 4)).toBe(0.25)
  })

  it("refuses a zero, negative or missing baseline", () => {
    expect(() => ratio(1, 0)).toThrow(RangeError)
    expect(() => ratio(1, -2)).toThrow(RangeError)
    expect(() => ratio(1, Number.NaN)).toThrow(RangeError)
    expect(() => ratio(1, Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })

  it("turns a count and a duration into requests per second", () => {
    expect(throughput(200, 10_000)).toBe(20)
    expect(() => throughput(1, 0)).toThrow(RangeError)
  })
})

describe("formatting", () => {
  it("prints durations with sensible precision", () => {
    expect(formatMs(0.4213)).toBe("0.42 ms")
    expect(formatMs(78.26)).toBe("78.3 ms")
    expect(formatMs(174.4)).toBe("174 ms")
    expect(formatMs(1234)).toBe("1.23 s")
    expect(formatMs(23_456)).toBe("23.5 s")
  })

  it("prints ratios", () => {
    expect(formatRatio(3.14)).toBe("×3.1")
    expect(formatRatio(39.4)).toBe("×39")
  })
})

describe("median", () => {
  it("is the middle value of an odd count, the mean of the middle two of an even one", () => {
    expect(median([0.91, 0.99, 0.95])).toBe(0.95)
    expect(median([3, 1, 4, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
  })

  it("refuses an empty list", () => {
    expect(() => median([])).toThrow(RangeError)
  })
})
