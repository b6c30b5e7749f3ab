import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import type { SearchParams } from "meilisearch" with { "resolution-mode": "import" }
import { describe, expect, it } from "vitest"
import { toMeilisearchFilter } from "./filters"

const filter = (filters: SearchTypes.SearchFilters): SearchParams["filter"] => toMeilisearchFilter(filters)

function errorOf(run: () => unknown): MedusaError {
  try {
    run()
  } catch (error) {
    if (error instanceof MedusaError) return error
    throw error
  }
  throw new Error("expected a MedusaError")
}

describe("toMeilisearchFilter", () => {
  it("maps equality, lists and every comparison", () => {
    expect(filter({ farm_handle: "namwon-sunny-orchard" })).toBe('farm_handle = "namwon-sunny-orchard"')
    expect(filter({ category_handle: ["citrus", "processed"] })).toBe('category_handle IN ["citrus", "processed"]')
    expect(filter({ price: { $gte: 10000, $lte: 30000 } })).toBe("price >= 10000 AND price <= 30000")
    expect(filter({ price: { $gt: 1.5, $lt: -2 } })).toBe("price > 1.5 AND price < -2")
    expect(filter({ delivery_type: { $in: ["chilled", "frozen"] } })).toBe('delivery_type IN ["chilled", "frozen"]')
    expect(filter({ delivery_type: { $nin: ["frozen"] } })).toBe('NOT delivery_type = "frozen"')
    expect(filter({ delivery_type: { $ne: "normal" } })).toBe('NOT delivery_type = "normal"')
    expect(filter({ season_months: 12, active: true })).toBe("season_months = 12 AND active = true")
    expect(filter({ season_months: { $contains: [12, 1] } })).toBe("(season_months = 12 AND season_months = 1)")
    expect(filter({ sales_channel_ids: { $overlaps: ["sc_1", "sc_2"] } })).toBe('sales_channel_ids IN ["sc_1", "sc_2"]')
    expect(filter({ created_at: { $gte: new Date("2026-01-02T00:00:00Z") } })).toBe('created_at >= "2026-01-02T00:00:00.000Z"')
  })

  it("reads null as missing, as search-postgres does", () => {
    expect(filter({ farm_handle: null })).toBe("(farm_handle NOT EXISTS OR farm_handle IS NULL)")
    expect(filter({ farm_handle: { $exists: true } })).toBe("(farm_handle EXISTS AND farm_handle IS NOT NULL)")
    expect(filter({ farm_handle: { $exists: false } })).toBe("(farm_handle NOT EXISTS OR farm_handle IS NULL)")
    expect(filter({ farm_handle: { $ne: null } })).toBe("(farm_handle EXISTS AND farm_handle IS NOT NULL)")
    expect(filter({ farm_handle: ["a", null] })).toBe('(farm_handle = "a" OR (farm_handle NOT EXISTS OR farm_handle IS NULL))')
    expect(filter({ farm_handle: { $in: [] } })).toBe("farm_handle IN []")
  })

  it("nests $and, $or and $not, and dotted or nested paths", () => {
    expect(
      filter({
        status: "published",
        $or: [{ farm_handle: "a" }, { $and: [{ price: { $lt: 5000 } }, { delivery_type: "chilled" }] }],
        $not: { category_handle: "tourism" },
      })
    ).toBe('status = "published" AND (farm_handle = "a" OR (price < 5000 AND delivery_type = "chilled")) AND NOT category_handle = "tourism"')
    expect(filter({ $and: [{ price: { $gte: 1 } }, { q: "ignored" }] })).toBe("price >= 1")
    expect(filter({ "farm.handle": "a", variants: { sku: { $in: ["x", "y"] } } })).toBe(
      'farm.handle = "a" AND variants.sku IN ["x", "y"]'
    )
    expect(toMeilisearchFilter({ q: "한라봉", price: undefined })).toBeUndefined()
    expect(toMeilisearchFilter(undefined)).toBeUndefined()
  })

  it("quotes and escapes every string, so a value cannot change the expression", () => {
    expect(filter({ title: 'say "hi" \\ bye' })).toBe('title = "say \\"hi\\" \\\\ bye"')
    expect(filter({ farm_handle: 'x" OR status = "draft' })).toBe('farm_handle = "x\\" OR status = \\"draft"')
    expect(filter({ farm_handle: "x\\" })).toBe('farm_handle = "x\\\\"')
    expect(filter({ tags: ["제주 한라봉", "it's"] })).toBe('tags IN ["제주 한라봉", "it\'s"]')
    expect(filter({ "my field": "a", NOT: 1, "a)b": 2 })).toBe('"my field" = "a" AND "NOT" = 1 AND "a)b" = 2')
    expect(filter({ price: 1e21 })).toBe('price = "1e+21"')
  })

  it("names what it cannot express in a MedusaError INVALID_DATA", () => {
    for (const [filters, message] of [
      [{ title: { $like: "%봉" } }, '"$like" (on "title")'],
      [{ title: { $prefix: "한라" } }, '"$prefix" (on "title")'],
      [{ title: { $regex: "x" } }, '"$regex" (on "title")'],
      [{ $nor: [{ a: 1 }] }, '"$nor"'],
      [{ $or: [] }, '"$or" needs at least one condition'],
      [{ price: { $gt: null } }, '"price": $gt needs a value'],
      [{ price: Number.NaN }, "NaN is not a finite number"],
      [{ price: {} }, '"price" has no operator'],
    ] as [SearchTypes.SearchFilters, string][]) {
      const error = errorOf(() => toMeilisearchFilter(filters))
      expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
      expect(error.message).toContain(message)
    }
  })
})
