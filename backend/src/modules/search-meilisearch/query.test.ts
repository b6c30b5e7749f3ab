import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import type { SearchParams, SearchResponse } from "meilisearch" with { "resolution-mode": "import" }
import { describe, expect, it } from "vitest"
import { koreanQuery } from "./korean-query"
import { fromSearchResponse, toSearchRequest } from "./query"
import { productDefinition } from "./test-fixtures"

const index = productDefinition()
const query = (over: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchTypes.ProviderSearchQuery => ({
  index,
  attributes_to_retrieve: ["handle", "title", "price"],
  pagination: { skip: 0, take: 20 },
  ...over,
})
const params = (over: Partial<SearchTypes.ProviderSearchQuery> = {}): SearchParams => toSearchRequest(query(over)).params

describe("koreanQuery", () => {
  it("adds the form the derived fields hold, and a fallback of those forms alone", () => {
    expect(koreanQuery("gksfkqhd", true)).toEqual({ q: "gksfkqhd 한라봉", fallback: "한라봉" })
    expect(koreanQuery("rfq", true)).toEqual({ q: "rfq ㄱㄹㅂ", fallback: "ㄱㄹㅂ" })
    expect(koreanQuery("ㅎㄹㅂ", true)).toEqual({ q: "ㅎㄹㅂ" })
    expect(koreanQuery("한라붕", true)).toEqual({ q: "한라붕 gksfkqnd", fallback: "gksfkqnd" })
    expect(koreanQuery("천혜ㅎ", true)).toEqual({ q: "천혜ㅎ cjsgpg", fallback: "cjsgpg" })
    expect(koreanQuery("hallabong", true)).toEqual({ q: "hallabong" })
  })

  it("normalizes like the embedded engine: case, punctuation, words every product shares", () => {
    expect(koreanQuery("  제주, 한라봉!! ", true)).toEqual({ q: "한라봉 gksfkqhd", fallback: "gksfkqhd" })
    expect(koreanQuery("GKSFKQHD", true).q).toBe("gksfkqhd 한라봉")
    expect(koreanQuery("제주", false)).toEqual({ q: "제주", fallback: "wpwn" })
    expect(koreanQuery("한라봉 선물세트", false)).toEqual({ q: "한라봉 선물세트", fallback: "gksfkqhd tjsanftpxm" })
  })
})

describe("toSearchRequest", () => {
  it("maps text, filters, sort, facets, pagination and fields", () => {
    const request = toSearchRequest(
      query({
        q: "gksfkqhd",
        filters: { status: "published", price: { $lte: 30000 } },
        pagination: { skip: 40, take: 10, order: { _score: "DESC", price: "ASC", created_at: "DESC" } },
        search_options: { facets: ["category_handle", { field: "farm_handle", type: "value", limit: 5 }] },
      })
    )
    const expected: SearchParams = {
      q: "gksfkqhd 한라봉",
      offset: 40,
      limit: 10,
      attributesToRetrieve: ["id", "handle", "title", "price"],
      filter: 'status = "published" AND price <= 30000',
      sort: ["price:asc", "created_at:desc"],
      facets: ["category_handle", "farm_handle"],
    }
    expect(request).toEqual({ params: expected, fallback_q: "한라봉" })
  })

  it("ranks by relevance alone for _score, and browses with an empty text", () => {
    expect(params({ pagination: { order: { _score: "DESC" } } })).toEqual({
      q: "",
      offset: 0,
      limit: 20,
      attributesToRetrieve: ["id", "handle", "title", "price"],
    })
  })

  it("maps highlight, score, threshold, strategy and the other options", () => {
    expect(params({ q: "한라봉", search_options: { highlight: true, include_score: true, min_score: 0.4 } })).toMatchObject({
      attributesToHighlight: ["title", "tags", "variety_words", "category_name", "farm_name", "subtitle", "description"],
      highlightPreTag: "<em>",
      highlightPostTag: "</em>",
      showRankingScore: true,
      rankingScoreThreshold: 0.4,
    })
    const custom = params({
      q: "한라봉",
      search_options: {
        highlight: { fields: ["title"], pre_tag: "<mark>", post_tag: "</mark>", snippet: { length: 8 } },
        match_strategy: "last",
        attributes_to_search_on: ["title"],
        distinct: "farm_handle",
        locales: ["kor"],
        provider_options: { "search-meilisearch": { showMatchesPosition: true } },
      },
    })
    expect(custom).toMatchObject({
      q: "한라봉",
      attributesToHighlight: ["title"],
      highlightPreTag: "<mark>",
      attributesToCrop: ["title"],
      cropLength: 8,
      matchingStrategy: "all",
      attributesToSearchOn: ["title"],
      distinct: "farm_handle",
      locales: ["kor"],
      showMatchesPosition: true,
    })
    expect(params({ q: "a", search_options: { match_strategy: "any" } }).matchingStrategy).toBe("last")
    expect(params({ q: "a", search_options: { match_strategy: "all" } }).matchingStrategy).toBe("all")
  })

  it("refuses what Meilisearch is not set up for, naming it", () => {
    const cases: [Partial<SearchTypes.ProviderSearchQuery>, string][] = [
      [{ pagination: { cursor: "abc" } }, "cursors"],
      [{ search_options: { facets: [{ field: "price", type: "range", ranges: [{ to: 10000 }] }] } }, '"range" facets ("price")'],
      [{ search_options: { facets: [{ field: "price", type: "stats" }] } }, '"stats" facets'],
      [{ search_options: { facets: [{ field: "farm_handle", query: "남원" }] } }, 'cannot search facet values ("farm_handle")'],
      [{ search_options: { vector: { value: [1, 2] } } }, "vector"],
      [{ filters: { title: { $like: "%봉" } } }, '"$like"'],
    ]
    for (const [over, message] of cases) {
      expect(() => toSearchRequest(query(over))).toThrow(message)
      expect(() => toSearchRequest(query(over))).toThrow(MedusaError)
    }
  })
})

describe("fromSearchResponse", () => {
  const response: SearchResponse<Record<string, unknown>> = {
    hits: [
      {
        id: "hallabong-namwon",
        handle: "hallabong-namwon",
        title: "서귀포 남원 한라봉",
        price: 29000,
        _rankingScore: 0.93,
        _formatted: { title: "서귀포 남원 <em>한라봉</em>", tags: ["<em>한라봉</em>", "선물"], handle: "hallabong-namwon" },
      },
      { id: "hallabong-gift-andeok", title: "안덕 한라봉 선물세트", price: 45000 },
    ],
    query: "한라봉 gksfkqhd",
    processingTimeMs: 3,
    estimatedTotalHits: 7,
    facetDistribution: { farm_handle: { a: 1, b: 5, c: 3, d: 1 }, category_handle: { citrus: 6, processed: 1 } },
  }

  it("returns hits projected to the requested fields, with id, score and highlights", () => {
    const input = query({
      q: "한라봉",
      attributes_to_retrieve: ["title"],
      search_options: { include_score: true, highlight: { fields: ["title", "tags", "handle"] } },
    })
    const result = fromSearchResponse(input, response)
    expect(result.hits).toEqual([
      {
        id: "hallabong-namwon",
        score: 0.93,
        document: { title: "서귀포 남원 한라봉" },
        highlights: { title: ["서귀포 남원 <em>한라봉</em>"], tags: ["<em>한라봉</em>"] },
      },
      { id: "hallabong-gift-andeok", document: { title: "안덕 한라봉 선물세트" } },
    ])
    expect(result.metadata).toEqual({ skip: 0, take: 20, count: 7, processing_time_ms: 3, query: "한라봉" })
    expect(result.provider_metadata).toEqual({ meilisearch_q: "한라봉 gksfkqhd" })
  })

  it("returns value facets by count, limited, with the rest counted", () => {
    const input = query({
      search_options: { facets: [{ field: "farm_handle", limit: 2 }, { field: "category_handle" }, { field: "delivery_type", sort: "alpha" }] },
    })
    expect(fromSearchResponse(input, response).facets).toEqual({
      farm_handle: { type: "value", values: [{ value: "b", count: 5 }, { value: "c", count: 3 }], other_count: 2 },
      category_handle: { type: "value", values: [{ value: "citrus", count: 6 }, { value: "processed", count: 1 }] },
      delivery_type: { type: "value", values: [] },
    })
  })

  it("counts exhaustively when Meilisearch did, and not at all on request", () => {
    const exact = { ...response, estimatedTotalHits: undefined, totalHits: 12 }
    expect(fromSearchResponse(query(), exact).metadata.count).toBe(12)
    expect(fromSearchResponse(query({ search_options: { count: "none" } }), response).metadata.count).toBeNull()
    expect(fromSearchResponse(query(), response).hits[0]).not.toHaveProperty("score")
  })
})
