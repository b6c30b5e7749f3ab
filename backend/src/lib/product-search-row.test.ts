import { describe, expect, it } from "vitest"
import { seasonMonths } from "./product-search-document"
import { toProductSearchDocument, type ProductSearchRow } from "./product-search-row"

const row: ProductSearchRow = {
  id: "prod_1",
  handle: "hallabong-namwon",
  title: "서귀포 남원 한라봉",
  status: "published",
  metadata: { delivery_type: "normal", season_from: 12, season_to: 3, tags: ["만감류", "한라봉"], info_notice: [{ label: "품목 또는 명칭", value: "한라봉(부지화)" }] },
  categories: [{ handle: "citrus", name: "감귤·만감류" }],
  sales_channels: [{ id: "sc_1" }],
  variants: [{ prices: [{ amount: 39000, currency_code: "krw" }, { amount: 30, currency_code: "usd" }] }, { prices: [{ amount: "29000", currency_code: "krw" }] }],
  farm: { handle: "namwon-sunny-orchard", name: "남원 햇살과수원", status: "approved" },
}

describe("toProductSearchDocument", () => {
  it("keeps what shoppers see and adds the derived Korean forms", () => {
    const doc = toProductSearchDocument(row)
    expect(doc).toMatchObject({ price: 29000, category_handle: "citrus", farm_name: "남원 햇살과수원", season_months: [12, 1, 2, 3], sales_channel_ids: ["sc_1"] })
    expect(doc?.variety_words).toContain("부지화")
    expect(doc?.korean_qwerty).toContain("gksfkqhd")
    expect(doc?.korean_choseong).toContain("ㅎㄹㅂ")
  })

  it("gives no document for a draft, a product without a won price, or a farm that is not approved", () => {
    expect(toProductSearchDocument({ ...row, status: "draft" })).toBeNull()
    expect(toProductSearchDocument({ ...row, variants: [{ prices: [{ amount: 30, currency_code: "usd" }] }] })).toBeNull()
    expect(toProductSearchDocument({ ...row, farm: { ...row.farm!, status: "suspended" } })).toBeNull()
  })
})

describe("seasonMonths", () => {
  it("wraps the year end and is empty without a season", () => {
    expect(seasonMonths(11, 2)).toEqual([11, 12, 1, 2])
    expect(seasonMonths(5, 5)).toEqual([5])
    expect(seasonMonths(null, null)).toEqual([])
  })
})
