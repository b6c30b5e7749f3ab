import { describe, expect, it } from "vitest"
import { formatDate, isLate, listingBadge, periodText, roleText, settlementBadge, waitingText } from "./copy"

describe("portal copy", () => {
  it("names listing states, with a live listing's pending change", () => {
    expect(listingBadge("draft", false).label).toBe("작성중")
    expect(listingBadge("in_review", false).label).toBe("심사중")
    expect(listingBadge("rejected", false).label).toBe("반려")
    expect(listingBadge("live", false)).toEqual({ label: "판매중", tone: "ok" })
    expect(listingBadge("live", true).label).toBe("판매중 · 변경 심사중")
  })

  it("counts waiting days in words", () => {
    expect(waitingText(0)).toBe("오늘 들어온 주문")
    expect(waitingText(4)).toBe("4일째 대기")
    expect([isLate(2), isLate(3)]).toEqual([false, true])
  })

  it("formats dates in Korea's time zone", () => {
    // 2026-11-30T16:00Z is already 1 December in Korea.
    expect(formatDate("2026-11-30T16:00:00.000Z")).toBe("2026년 12월 1일")
    expect(formatDate("2026-11-30T16:00:00.000Z", true)).toBe("12월 1일")
    expect(formatDate("soon")).toBe("soon")
    expect(periodText("2026-11-01T00:00:00+09:00", "2026-11-15T00:00:00+09:00")).toBe("2026년 11월 1일 ~ 11월 15일")
    expect(periodText("2026-12-16T00:00:00+09:00", "2027-01-15T00:00:00+09:00")).toBe("2026년 12월 16일 ~ 2027년 1월 15일")
  })

  it("reads settlement states and roles", () => {
    expect(settlementBadge("paid").label).toBe("지급 완료")
    expect(settlementBadge("weird").label).toBe("weird")
    expect(roleText("owner")).toBe("대표")
    expect(roleText("member")).toBe("구성원")
  })
})
