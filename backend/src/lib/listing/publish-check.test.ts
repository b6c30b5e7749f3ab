import { describe, expect, it } from "vitest"
import { REQUIRED_NOTICE_LABELS } from "../info-notice"
import { isTaxable, noticeTypeOf } from "./notice"
import { publishProblems } from "./publish-check"
import { liveHallabong } from "./test-fixtures"

describe("publishProblems", () => {
  it("passes a complete listing", () => {
    expect(publishProblems(liveHallabong())).toEqual([])
  })

  it("names the missing notice labels, the missing photo and the lot below the threshold", () => {
    const problems = publishProblems(liveHallabong({ notice: [], images: [], citrus: { variety: "한라봉", lots: [{ lot: "1차", brix: 12.5, acidity: 0.9, measured_on: "2026-12-01" }] } }))
    expect(problems[0]).toContain(REQUIRED_NOTICE_LABELS.agricultural.join(", "))
    expect(problems[1]).toMatch(/^images: /)
    expect(problems[2]).toMatch(/12\.5°Bx.*13°Bx/)
  })

  it("asks livestock for its traceability number and tourism for its coupon rows", () => {
    const meat = publishProblems(liveHallabong({ category: "livestock", citrus: undefined }))
    expect(meat).toEqual([expect.stringContaining("축산물 이력번호")])
    const tour = publishProblems(liveHallabong({ category: "tourism", citrus: undefined }))
    expect(tour[0]).toContain("유효기간, 이용조건")
  })
})

describe("notice types and VAT", () => {
  it("derive from the category; tourism picks coupon (default) or goods", () => {
    expect(noticeTypeOf({ category: "citrus" })).toBe("agricultural")
    expect(noticeTypeOf({ category: "seafood" })).toBe("seafood")
    expect(noticeTypeOf({ category: "tourism" })).toBe("coupon")
    expect(noticeTypeOf({ category: "tourism", notice_type: "goods" })).toBe("goods")
    expect(isTaxable("agricultural")).toBe(false)
    expect(isTaxable("processed")).toBe(true)
    expect(isTaxable("goods")).toBe(true)
  })
})
