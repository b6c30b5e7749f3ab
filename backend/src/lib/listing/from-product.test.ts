import { describe, expect, it } from "vitest"
import { listingFromProduct } from "./from-product"
import type { ProductRow, VariantRow } from "./product-row"

const variant = (id: string, options: [string, string][], amount: number, stocked: number, reserved = 0, location = "sloc_1"): VariantRow => ({
  id,
  title: options.map(([, v]) => v).join(" / "),
  options: options.map(([title, value]) => ({ value, option: { title } })),
  prices: [{ amount, currency_code: "krw" }],
  inventory_items: [{ inventory: { location_levels: [{ location_id: location, stocked_quantity: stocked, reserved_quantity: reserved }] } }],
})

const row = (overrides: Partial<ProductRow>): ProductRow => ({
  id: "prod_1",
  title: "서귀포 남원 한라봉",
  subtitle: null,
  description: "설명",
  status: "published",
  handle: "hallabong-namwon",
  thumbnail: null,
  created_at: "2026-11-20T03:00:00.000Z",
  updated_at: "2026-11-21T03:00:00.000Z",
  metadata: { delivery_type: "normal", season_from: 12, season_to: 3, origin: "국산", gift: false, tags: ["한라봉"], quality: { brix: 13.8, acidity: 0.9 }, info_notice: [{ label: "원산지", value: "국산" }] },
  images: [{ url: "b.webp", rank: 1 }, { url: "a.webp", rank: 0 }],
  categories: [{ handle: "citrus" }],
  options: [{ id: "opt_w", title: "중량" }, { id: "opt_u", title: "구분" }],
  variants: [variant("variant_1", [["중량", "3kg"], ["구분", "선물용"]], 36000, 12, 2)],
  ...overrides,
})

describe("listingFromProduct", () => {
  it("reads a seeded product as its listing: images by rank, season, stock left to sell", () => {
    const view = listingFromProduct(row({}), "sloc_1")
    expect(view).toMatchObject({ category: "citrus", season: { from: 12, to: 3 }, images: ["a.webp", "b.webp"], notice: [{ label: "원산지", value: "국산" }], option_titles: ["중량", "구분"] })
    expect(view.variants).toEqual([{ id: "variant_1", weight: "3kg", use: "선물용", price: 36000, stock: 10 }])
    expect(listingFromProduct(row({}), "sloc_other").variants[0].stock).toBe(0)
  })

  it("turns a seeded citrus product's quality into one lot of the variety named in its tags", () => {
    expect(listingFromProduct(row({}), "sloc_1").citrus).toEqual({ variety: "한라봉", lots: [{ lot: "기존 측정", brix: 13.8, acidity: 0.9, measured_on: "2026-11-20" }] })
    const stored = { variety: "레드향", heated_greenhouse: false, lots: [{ lot: "2차", brix: 14, acidity: 1, measured_on: "2026-12-02" }] }
    expect(listingFromProduct(row({ metadata: { citrus: stored } }), "sloc_1").citrus).toEqual(stored)
  })

  it("folds other options into the weight so each variant stays distinct; 구분 falls back on the gift flag", () => {
    const fish = row({
      categories: [{ handle: "seafood" }],
      metadata: { gift: true },
      options: [{ id: "o1", title: "중량" }, { id: "o2", title: "손질" }],
      variants: [variant("v1", [["중량", "1kg"], ["손질", "손질함"]], 30000, 1), variant("v2", [["중량", "1kg"], ["손질", "통째로"]], 28000, 1)],
    })
    const view = listingFromProduct(fish, null)
    expect(view.variants.map((v) => [v.weight, v.use])).toEqual([
      ["1kg / 손질함", "선물용"],
      ["1kg / 통째로", "선물용"],
    ])
    expect(view.citrus).toBeUndefined()
  })
})
