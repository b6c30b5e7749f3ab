import { describe, expect, it } from "vitest"
import { CART_COUNT_COOKIE, parseCartCount } from "./cart-count-cookie"

describe("parseCartCount", () => {
  it("reads the count among other cookies", () => {
    expect(parseCartCount(`a=1; ${CART_COUNT_COOKIE}=3; b=2`)).toBe(3)
    expect(parseCartCount(`${CART_COUNT_COOKIE}=12`)).toBe(12)
  })
  it("is 0 when absent, empty or not a number", () => {
    expect(parseCartCount("")).toBe(0)
    expect(parseCartCount(`x${CART_COUNT_COOKIE}=5`)).toBe(0)
    expect(parseCartCount(`${CART_COUNT_COOKIE}=abc`)).toBe(0)
    expect(parseCartCount(`${CART_COUNT_COOKIE}=-1`)).toBe(0)
  })
})
