import { describe, expect, it } from "vitest"
import { formatPhone, isKoreanPhone, isMobilePhone } from "./phone"

describe("Korean phone numbers", () => {
  it("accepts mobile numbers typed with or without hyphens", () => {
    expect(isMobilePhone("010-1234-5678")).toBe(true)
    expect(isMobilePhone("01012345678")).toBe(true)
    expect(isMobilePhone("010 1234 5678")).toBe(true)
  })

  it("refuses what is not a Korean mobile number", () => {
    for (const bad of ["", "1234", "010-123-456", "02-1234-5678", "011-1234-56789", "+82-10-1234-5678", "010-abcd-5678"]) {
      expect(isMobilePhone(bad), bad).toBe(false)
    }
  })

  it("accepts landlines as phone numbers but not as mobiles", () => {
    expect(isKoreanPhone("064-760-1234")).toBe(true)
    expect(isKoreanPhone("02-123-4567")).toBe(true)
    expect(isMobilePhone("064-760-1234")).toBe(false)
  })

  it("formats with hyphens", () => {
    expect(formatPhone("01012345678")).toBe("010-1234-5678")
    expect(formatPhone("0647601234")).toBe("064-760-1234")
    expect(formatPhone("0212345678")).toBe("02-1234-5678")
    expect(formatPhone("021234567")).toBe("02-123-4567")
  })
})
