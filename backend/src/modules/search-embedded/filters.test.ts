import { describe, expect, it } from "vitest"
import { engineFilters } from "./filters"

describe("engineFilters", () => {
  it("maps the product index's filters to the engine's", () => {
    expect(
      engineFilters({
        status: "published",
        category_handle: { $in: ["citrus"] },
        farm_handle: "namwon-sunny-orchard",
        delivery_type: { $in: ["frozen", "chilled"] },
        price: { $gte: 10000, $lte: 50000 },
        season_months: 12,
      })
    ).toEqual({ category: ["citrus"], farm: ["namwon-sunny-orchard"], delivery: ["frozen", "chilled"], price_min: 10000, price_max: 50000, in_season: 12 })
  })

  it("refuses what it cannot do, naming the field", () => {
    expect(() => engineFilters({ title: "x" })).toThrow(/title/)
    expect(() => engineFilters({ delivery_type: "air" })).toThrow(/delivery_type/)
    expect(() => engineFilters({ price: { $ne: 5 } })).toThrow(/price/)
  })
})
