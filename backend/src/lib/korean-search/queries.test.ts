import { getChoseong } from "es-hangul"
import { describe, expect, it } from "vitest"
import { loadCatalog } from "../../scripts/seed/load-catalog"
import { toQwerty, tokenize } from "./analyzer"
import { catalogDocuments } from "./catalogDocuments"
import { KoreanSearchEngine } from "./engine"
import { QUERY_CASES, queryCaseProblems } from "./query-set"

/** The Korean query set (queries.json, checked by query-set.ts) against the engine itself. */
const cases = QUERY_CASES
const catalog = loadCatalog()
const products = catalogDocuments(catalog)
const engine = new KoreanSearchEngine()
engine.add(products)

const search = (q: string, limit = 100) => engine.search(q, { limit })
const top = (q: string, n = 3) => search(q, n).hits.map((h) => h.handle)

describe("the Korean query set", () => {
  it("has at least 70 queries of every kind, naming only real products", () => {
    expect(cases.length).toBeGreaterThanOrEqual(70)
    const kinds = new Set(cases.map((c) => c.kind))
    const expected = "exact choseong partial typo roman qwerty spacing synonym category farm multi".split(" ")
    for (const kind of expected) expect(kinds).toContain(kind)
    const known = new Set(products.map((p) => p.handle))
    for (const c of cases) {
      for (const h of [...(c.top3 ?? []), ...(c.anyOf ?? []), ...(c.includes ?? [])]) expect(known).toContain(h)
    }
  })

  it.each(cases.map((c) => [`${c.kind}: ${c.query}`, c] as const))("%s", (_, c) => {
    const result = search(c.query)
    expect(queryCaseProblems(c, { handles: result.hits.map((h) => h.handle), count: result.count })).toEqual([])
  })
})

describe("every product title and variety by its own 초성 and keys", () => {
  it.each(products.map((p) => [p.title, p.handle] as const))("%s", (title, handle) => {
    const choseong = tokenize(title)
      .map((w) => getChoseong(w))
      .filter(Boolean)
      .join(" ")
    expect(top(choseong), choseong).toContain(handle)
    expect(top(toQwerty(title), 1), toQwerty(title)).toEqual([handle])
  })

  // Varieties and goods from DOMAIN.md that are in the catalog.
  const varieties = [
    ..."노지감귤 하우스감귤 한라봉 천혜향 레드향 황금향 카라향 청견 당근 월동무 양배추 브로콜리 감자".split(" "),
    ..."고사리 표고버섯 녹차 옥돔 은갈치 고등어 전복 딱새우 한치 성게 톳 흑돼지 오겹살 목살 한우".split(" "),
    ..."말고기 오메기떡 백년초 땅콩 귤피차 돌하르방 콜라비 항정살 뿔소라".split(" "),
  ]
  // 초성 other catalog words share: the variety is among the hits, after those words' products.
  const sharedChoseong: Record<string, string> = { ㄱㅅㄹ: "가시리 (흑돼지 농장)", ㅇㄷ: "우도 (땅콩)" }

  it.each(varieties)("%s", (variety) => {
    const having = products.filter((p) => p.title.includes(variety)).map((p) => p.handle)
    expect(having.length).toBeGreaterThan(0)
    const choseong = getChoseong(variety)
    if (variety.length > 1) {
      const found = sharedChoseong[choseong] ? search(choseong).hits.map((h) => h.handle) : top(choseong)
      expect(having.some((h) => found.includes(h)), `${choseong}: ${found}`).toBe(true)
    }
    const byKeys = top(toQwerty(variety))
    expect(having.some((h) => byKeys.includes(h)), `${toQwerty(variety)}: ${byKeys}`).toBe(true)
  })
})

describe("catalogDocuments", () => {
  it("maps the seed files to searchable products", () => {
    expect(products).toHaveLength(catalog.products.length)
    const hallabong = products.find((p) => p.handle === "hallabong-namwon")
    expect(hallabong).toMatchObject({
      id: "hallabong-namwon",
      title: "서귀포 남원 한라봉",
      category_handle: "citrus",
      category_name: "감귤·만감류",
      farm_handle: "namwon-sunny-orchard",
      farm_name: "남원 햇살과수원",
      price: 29000,
      delivery_type: "normal",
      season: { from: 12, to: 3 },
      status: "published",
      variety_words: ["부지화"],
    })
    // Model codes in a goods notice are not variety names.
    expect(products.find((p) => p.handle === "dolhareubang-basalt-dolbit")?.variety_words).toEqual([])
  })
})
