import { beforeAll, describe, expect, it } from "vitest"
import { loadCatalog } from "../../scripts/seed/load-catalog"
import { catalogDocuments } from "./catalogDocuments"
import { KoreanSearchEngine } from "./engine"
import { inSeason } from "./results"
import type { SearchableProduct, SearchRequest } from "./types"

function product(id: string, overrides: Partial<SearchableProduct> = {}): SearchableProduct {
  return {
    id,
    handle: id,
    title: id,
    tags: [],
    variety_words: [],
    category_handle: "citrus",
    category_name: "감귤·만감류",
    farm_handle: "farm-a",
    farm_name: "남원 햇살과수원",
    price: 10000,
    delivery_type: "normal",
    season: null,
    status: "published",
    ...overrides,
  }
}

const handles = (engine: KoreanSearchEngine, q: string, request: SearchRequest = {}) =>
  engine.search(q, request).hits.map((h) => h.handle)

describe("KoreanSearchEngine on the seeded catalog", () => {
  const catalog = loadCatalog()
  const engine = new KoreanSearchEngine()
  beforeAll(() => engine.add(catalogDocuments(catalog)))

  it("indexes every seeded product and browses them all with an empty query", () => {
    expect(engine.size).toBe(catalog.products.length)
    expect(engine.search("", { limit: 1000 }).count).toBe(catalog.products.length)
  })

  it("filters by category, farm, price, delivery and season, and counts facets over what is left", () => {
    const all = engine.search("선물세트", { limit: 100 })
    const categoryOf = new Map(catalog.products.map((p) => [p.handle, p.category]))
    const counted: Record<string, number> = {}
    for (const h of all.hits) {
      const category = categoryOf.get(h.handle) ?? ""
      counted[category] = (counted[category] ?? 0) + 1
    }
    expect(all.facets.category).toEqual(counted)
    expect(all.facets.category).toMatchObject({ seafood: 2, livestock: 2, processed: 1, produce: 1 })
    const seafood = engine.search("선물세트", { filters: { category: "seafood" } })
    expect(seafood.hits.map((h) => h.handle).sort()).toEqual(["galchi-gift-seogwi", "okdom-gift-seogwi"])
    expect(seafood.facets).toEqual({
      category: { seafood: 2 },
      farm: { "seogwi-bada-fisheries": 2 },
      delivery: { frozen: 2 },
    })
    expect(handles(engine, "흑돼지", { filters: { delivery: "frozen" } })).toEqual(["pork-apdari-gasi"])
    const wimiUpTo27000 = handles(engine, "", { filters: { farm: ["wimi-dongbaek-orchard"], price_max: 27000 } })
    expect(wimiUpTo27000).toEqual(["hwanggeumhyang-wimi", "cheonggyeon-wimi"])
    const summer = engine.search("", { filters: { category: "citrus", in_season: 7 }, limit: 20 })
    expect(summer.hits.map((h) => h.handle)).toEqual(["house-gamgyul-pyoseon"])
  })

  it("sorts by price and by newest, and pages with limit and offset", () => {
    const asc = engine.search("수산물", { sort: "price_asc", limit: 20 }).hits.map((h) => h.handle)
    expect(asc[0]).toBe("tot-seongsan")
    expect(handles(engine, "수산물", { sort: "price_desc", limit: 1 })).toEqual(["galchi-gift-seogwi"])
    expect(handles(engine, "", { sort: "newest", limit: 1 })).toEqual([catalog.products.at(-1)?.handle])
    const page2 = engine.search("수산물", { sort: "price_asc", limit: 5, offset: 5 })
    expect(page2.hits.map((h) => h.handle)).toEqual(asc.slice(5, 10))
    expect(page2.count).toBe(asc.length)
  })

  it("says which words of the product matched, for highlighting", () => {
    const first = (q: string) => engine.search(q).hits[0]?.matched
    expect(first("한랍")).toContain("한라봉")
    expect(first("ㅎㄹㅂ")).toContain("한라봉")
    expect(first("hallabong")).toContain("한라봉")
    expect(first("감귤")).toContain("감귤")
    expect(first("부지화")).toContain("부지화")
  })

  it("suggests products, categories and farms while typing", () => {
    const s = engine.suggest("해녀", 3)
    expect(s.farms).toEqual([{ handle: "seongsan-haenyeo-seafood", name: "성산포 해녀수산" }])
    expect(s.products).toHaveLength(3)
    expect(engine.suggest("수산").categories).toEqual([{ handle: "seafood", name: "수산물" }])
    expect(engine.suggest("ㅎㄹㅂ").products[0].handle).toMatch(/hallabong/)
    expect(engine.suggest("gksfk").products.map((p) => p.title).join()).toContain("한라봉")
    expect(engine.suggest("   ")).toEqual({ products: [], categories: [], farms: [] })
  })

  it("offers a corrected query only when nothing matches and the correction does", () => {
    expect(engine.search("옥돈").count).toBe(0)
    expect(engine.didYouMean("옥돈")).toBe("옥돔")
    expect(engine.didYouMean("갈칭")).toBe("갈치")
    expect(engine.didYouMean("dhrehs")).toBe("옥돔")
    expect(engine.didYouMean("한라봉")).toBeNull()
    expect(engine.didYouMean("바나나")).toBeNull()
  })
})

describe("KoreanSearchEngine updates", () => {
  it("adds, replaces and removes products", () => {
    const engine = new KoreanSearchEngine()
    engine.add([product("a", { title: "위미 황금향" }), product("b", { title: "위미 카라향" })])
    expect(handles(engine, "황금향")).toEqual(["a"])
    engine.replace(product("a", { title: "위미 청견" }))
    expect(handles(engine, "황금향")).toEqual([])
    expect(handles(engine, "청견")).toEqual(["a"])
    expect(engine.remove("b")).toBe(true)
    expect(engine.remove("b")).toBe(false)
    expect(handles(engine, "카라향")).toEqual([])
    expect(engine.size).toBe(1)
  })

  it("never finds unpublished products, and finds them once published", () => {
    const engine = new KoreanSearchEngine()
    engine.add([
      product("draft", { title: "표선 레드향", status: "draft" }),
      product("live", { title: "효돈 레드향" }),
    ])
    expect(handles(engine, "레드향")).toEqual(["live"])
    expect(handles(engine, "")).toEqual(["live"])
    engine.replace(product("draft", { title: "표선 레드향" }))
    expect(handles(engine, "레드향").sort()).toEqual(["draft", "live"])
  })

  it("drops a farm from suggestions with its last product, and follows a renamed one", () => {
    const engine = new KoreanSearchEngine()
    engine.add(product("a", { title: "카라향", farm_handle: "wimi", farm_name: "위미 동백귤농원" }))
    expect(engine.suggest("동백").farms).toEqual([{ handle: "wimi", name: "위미 동백귤농원" }])
    engine.replace(product("a", { title: "카라향", farm_handle: "wimi", farm_name: "위미 동박새농원" }))
    expect(engine.suggest("동박").farms).toEqual([{ handle: "wimi", name: "위미 동박새농원" }])
    engine.remove("a")
    expect(engine.suggest("동박").farms).toEqual([])
  })
})

describe("inSeason", () => {
  it("reads seasons that wrap the year and treats all-year goods as not seasonal", () => {
    expect(inSeason({ from: 12, to: 3 }, 1)).toBe(true)
    expect(inSeason({ from: 12, to: 3 }, 7)).toBe(false)
    expect(inSeason({ from: 5, to: 9 }, 9)).toBe(true)
    expect(inSeason(null, 1)).toBe(false)
  })
})
