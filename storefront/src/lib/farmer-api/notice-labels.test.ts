import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { REQUIRED_NOTICE_LABELS, noticeLabelsFor, noticeTypeFor } from "./notice-labels"

describe("상품정보제공고시 labels", () => {
  it("maps each category to its notice type", () => {
    expect(["citrus", "produce", "seafood", "livestock", "processed"].map((c) => noticeTypeFor(c as "citrus"))).toEqual([
      "agricultural",
      "agricultural",
      "seafood",
      "livestock",
      "processed",
    ])
    expect(noticeTypeFor("tourism")).toBe("coupon")
    expect(noticeTypeFor("tourism", "goods")).toBe("goods")
    expect(noticeLabelsFor("")).toEqual([])
    expect(noticeLabelsFor("livestock")).toContain("축산물 이력번호")
  })

  it("is the same list as the backend's", () => {
    const backend = readFileSync(fileURLToPath(new URL("../../../../backend/src/lib/info-notice.ts", import.meta.url)), "utf8")
    for (const label of Object.values(REQUIRED_NOTICE_LABELS).flat()) expect(backend).toContain(`"${label}"`)
  })
})
