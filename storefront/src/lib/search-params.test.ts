import { describe, expect, it } from "vitest"
import {
  MAX_QUERY_LENGTH,
  backendSearchQuery,
  hasSearchFilters,
  normalizeQuery,
  parseSearchParams,
  searchHref,
  toggle,
} from "./search-params"

describe("parseSearchParams", () => {
  it("defaults to no query, no filters, 정확도순, page 1", () => {
    const p = parseSearchParams({})
    expect(p).toEqual({
      q: "",
      category: [],
      farm: [],
      delivery: undefined,
      min: undefined,
      max: undefined,
      inSeason: false,
      sort: "relevance",
      page: 1,
    })
    expect(hasSearchFilters(p)).toBe(false)
  })

  it("reads the query, every filter, the sort and the page", () => {
    const p = parseSearchParams({
      q: "  한라봉   선물 ",
      category: "citrus",
      farm: ["hallasan-farm", "seogwi-bada-fisheries"],
      delivery: "chilled",
      min: "10,000",
      max: "50000원",
      season: "now",
      sort: "price-desc",
      page: "3",
    })
    expect(p).toEqual({
      q: "한라봉 선물",
      category: ["citrus"],
      farm: ["hallasan-farm", "seogwi-bada-fisheries"],
      delivery: "chilled",
      min: 10000,
      max: 50000,
      inSeason: true,
      sort: "price-desc",
      page: 3,
    })
    expect(hasSearchFilters(p)).toBe(true)
  })

  it("reads comma-separated handles, drops invalid ones and repeats", () => {
    const p = parseSearchParams({ category: ["citrus,seafood", "citrus", "../etc", "Bad Handle", ""], farm: "a-farm, b-farm,," })
    expect(p.category).toEqual(["citrus", "seafood"])
    expect(p.farm).toEqual(["a-farm", "b-farm"])
  })

  it("keeps at most ten handles per filter", () => {
    const many = Array.from({ length: 30 }, (_, i) => `farm-${i}`)
    expect(parseSearchParams({ farm: many.join(",") }).farm).toHaveLength(10)
  })

  it("falls back for bad values instead of failing", () => {
    const p = parseSearchParams({ sort: "cheapest", delivery: "air", season: "yes", min: "-5", max: "lots", page: "0" })
    expect(p).toMatchObject({ sort: "relevance", delivery: undefined, inSeason: false, min: undefined, max: undefined, page: 1 })
    for (const page of ["abc", "-3", "1.5", "", "9999999", "1e3", "418"]) {
      expect(parseSearchParams({ page }).page).toBe(1)
    }
  })

  it("keeps the page within the backend's offset limit (10,000)", () => {
    const page = parseSearchParams({ page: "417" }).page
    expect(page).toBe(417)
    expect(backendSearchQuery(parseSearchParams({ q: "감귤", page: "417" })).offset).toBeLessThanOrEqual(10_000)
  })

  it("takes the first valid delivery type and the first of other repeated parameters", () => {
    expect(parseSearchParams({ delivery: ["air", "frozen", "chilled"] }).delivery).toBe("frozen")
    expect(parseSearchParams({ q: ["감귤", "옥돔"], page: ["2", "5"], sort: ["new", "price-asc"] })).toMatchObject({ q: "감귤", page: 2, sort: "new" })
  })

  it("reads a price range typed the wrong way round as the right way round", () => {
    expect(parseSearchParams({ min: "50000", max: "10000" })).toMatchObject({ min: 10000, max: 50000 })
  })

  it("reads empty form fields (?min=&max=) as no filter", () => {
    expect(parseSearchParams({ q: "", min: "", max: "", delivery: "" })).toMatchObject({ q: "", min: undefined, max: undefined, delivery: undefined })
  })
})

describe("normalizeQuery", () => {
  it("collapses whitespace and cuts long text without splitting a character", () => {
    expect(normalizeQuery("\t한라봉\n 3kg ")).toBe("한라봉 3kg")
    expect(normalizeQuery("가".repeat(300))).toHaveLength(MAX_QUERY_LENGTH)
    const emoji = "🍊".repeat(150)
    expect(Array.from(normalizeQuery(emoji))).toHaveLength(MAX_QUERY_LENGTH)
    expect(normalizeQuery(emoji).endsWith("🍊")).toBe(true)
  })
})

describe("searchHref", () => {
  it("writes only what differs from the defaults, and round-trips", () => {
    expect(searchHref({})).toBe("/search")
    expect(searchHref(parseSearchParams({}))).toBe("/search")
    const p = parseSearchParams({ q: "한라봉", farm: "a-farm,b-farm", delivery: "frozen", season: "now", sort: "new", page: "2" })
    const href = searchHref(p)
    expect(href).toBe(
      `/search?q=${encodeURIComponent("한라봉")}&farm=a-farm&farm=b-farm&delivery=frozen&season=now&sort=new&page=2`
    )
    const back = new URLSearchParams(href.split("?")[1])
    const params: Record<string, string[]> = {}
    for (const [k, v] of back) (params[k] ??= []).push(v)
    expect(parseSearchParams(params)).toEqual(p)
  })
})

describe("toggle", () => {
  it("adds a value that is absent and removes one that is present", () => {
    expect(toggle(["a"], "b")).toEqual(["a", "b"])
    expect(toggle(["a", "b"], "a")).toEqual(["b"])
  })
})

describe("backendSearchQuery", () => {
  it("names the backend's parameters, joins handles with commas and turns the page into an offset", () => {
    const p = parseSearchParams({ q: "감귤", category: ["citrus", "processed"], min: "1000", season: "now", sort: "price-asc", page: "3" })
    expect(backendSearchQuery(p, 20)).toEqual({
      q: "감귤",
      category: "citrus,processed",
      farm: undefined,
      delivery: undefined,
      price_min: 1000,
      price_max: undefined,
      in_season: "true",
      sort: "price_asc",
      limit: 20,
      offset: 40,
    })
    expect(backendSearchQuery(parseSearchParams({ q: "옥돔", sort: "new" }))).toMatchObject({ sort: "newest", offset: 0, in_season: undefined })
  })
})
