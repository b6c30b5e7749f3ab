import { describe, expect, it } from "vitest"
import type { ListingProduct } from "./catalog/listing-product"
import { applyListing, inSeasonNow, isSeasonalNow } from "./listing"
import { parseListingParams } from "./listing-params"

const farmA = { id: "f1", handle: "farm-a", name: "가 농장", town: "남원읍" }
const farmB = { id: "f2", handle: "farm-b", name: "나 수산", town: "성산읍" }

function product(id: string, over: Partial<ListingProduct> = {}): ListingProduct {
  const minPrice = over.minPrice === undefined ? 10000 : over.minPrice
  return {
    id, handle: id, title: id, subtitle: null, thumbnail: null, farm: farmA,
    prices: minPrice === null ? [null] : [minPrice], soldOut: false, season: null,
    deliveryType: "normal", gift: false, createdAt: `2026-01-${id.padStart(2, "0")}T00:00:00Z`, minPrice,
    ...over,
  }
}

// Catalog order = id order. November (11) is the month in these tests.
const catalog = [
  product("1", { minPrice: 30000, season: { from: 12, to: 3 } }),
  product("2", { minPrice: 15000, season: { from: 10, to: 1 } }),
  product("3", { minPrice: 45000, gift: true, deliveryType: "frozen", farm: farmB }),
  product("4", { minPrice: 20000, deliveryType: "frozen", farm: farmB, soldOut: true }),
  product("5", { minPrice: 9000, deliveryType: "chilled", farm: farmB }),
  product("6", { minPrice: null }),
]
const ids = (items: ListingProduct[]) => items.map((p) => p.id)
const run = (query: Record<string, string>, pageSize = 12) => applyListing(catalog, parseListingParams(query), 11, pageSize)

describe("applyListing: filters", () => {
  it("filters by delivery type, farm, use and season", () => {
    expect(ids(run({ delivery: "frozen" }).items)).toEqual(["3", "4"])
    expect(ids(run({ farm: "farm-b", delivery: "chilled" }).items)).toEqual(["5"])
    expect(ids(run({ use: "gift" }).items)).toEqual(["3"])
    expect(run({ use: "home" }).total).toBe(5)
    expect(ids(run({ season: "now" }).items)).toEqual(["2"])
  })

  it("filters by the lowest price, unpriced products never match a range", () => {
    expect(ids(run({ min: "15000", max: "30000", sort: "price-asc" }).items)).toEqual(["2", "4", "1"])
    expect(ids(run({ max: "9000" }).items)).toEqual(["5"])
  })

  it("ignores a farm that has no products here and lists the category's farms", () => {
    const page = run({ farm: "no-such-farm" })
    expect(page.total).toBe(6)
    expect(page.applied.farm).toBeUndefined()
    expect(page.farms.map((f) => f.handle)).toEqual(["farm-a", "farm-b"])
  })
})

describe("applyListing: sort", () => {
  it("sorts by price either way, unpriced last", () => {
    expect(ids(run({ sort: "price-asc" }).items)).toEqual(["5", "2", "4", "1", "3", "6"])
    expect(ids(run({ sort: "price-desc" }).items)).toEqual(["3", "1", "4", "2", "5", "6"])
  })

  it("sorts newest first", () => {
    expect(ids(run({ sort: "new" }).items)).toEqual(["6", "5", "4", "3", "2", "1"])
  })

  it("인기순: in stock, then in season now, then gift sets, then catalog order", () => {
    expect(ids(run({}).items)).toEqual(["2", "3", "1", "5", "6", "4"])
  })
})

describe("applyListing: pages", () => {
  it("cuts pages and clamps a page past the end to the last", () => {
    expect(run({ sort: "price-asc" }, 4)).toMatchObject({ total: 6, page: 1, pageCount: 2 })
    const last = run({ sort: "price-asc", page: "999" }, 4)
    expect(last.page).toBe(2)
    expect(ids(last.items)).toEqual(["3", "6"])
  })

  it("has one empty page when nothing matches", () => {
    expect(run({ delivery: "chilled", use: "gift" })).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 })
  })
})

describe("in season now", () => {
  it("excludes all-year goods and handles seasons that wrap the new year", () => {
    expect(isSeasonalNow(product("x", { season: { from: 12, to: 3 } }), 2)).toBe(true)
    expect(isSeasonalNow(product("x", { season: { from: 12, to: 3 } }), 11)).toBe(false)
    expect(isSeasonalNow(product("x", { season: null }), 11)).toBe(false)
  })

  it("picks this month's seasonal goods, in stock first, up to a limit", () => {
    const goods = [
      product("1", { season: { from: 10, to: 1 }, soldOut: true }),
      product("2", { season: { from: 9, to: 12 } }),
      product("3", { season: { from: 12, to: 3 } }),
      product("4", { season: { from: 11, to: 11 } }),
    ]
    expect(ids(inSeasonNow(goods, 11))).toEqual(["2", "4", "1"])
    expect(ids(inSeasonNow(goods, 11, 1))).toEqual(["2"])
  })
})
