import { describe, expect, it } from "vitest"
import { loadCatalog } from "../../scripts/seed/load-catalog"
import { benchEngine, syntheticProducts } from "./bench-engine"
import { catalogDocuments } from "./catalogDocuments"

describe("benchEngine (the timing itself is the project bench's)", () => {
  it("varies the seeded products into as many distinct ones as asked", () => {
    const base = catalogDocuments(loadCatalog())
    const products = syntheticProducts(base, base.length * 2 + 5)
    expect(new Set(products.map((p) => p.id)).size).toBe(products.length)
    expect(products[base.length].title).not.toBe(base[0].title)
    expect(products[base.length].title).toContain(base[0].title)
  })

  it("reports build time, heap and query percentiles", () => {
    const result = benchEngine(150, 1)
    expect(result).toMatchObject({ products: 150 })
    expect(result.queries).toBeGreaterThanOrEqual(70)
    expect(result.p95Ms).toBeGreaterThanOrEqual(result.p50Ms)
    for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true)
  })
})
