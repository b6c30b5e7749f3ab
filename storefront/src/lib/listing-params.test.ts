import { describe, expect, it } from "vitest"
import { hasFilters, listingQuery, parseListingParams, parsePage } from "./listing-params"

describe("parseListingParams", () => {
  it("defaults to 인기순, page 1, no filters", () => {
    const p = parseListingParams({})
    expect(p).toEqual({ min: undefined, max: undefined, farm: undefined, delivery: undefined, use: undefined, inSeason: false, sort: "popular", page: 1 })
    expect(hasFilters(p)).toBe(false)
  })

  it("reads every filter, the sort and the page", () => {
    const p = parseListingParams({
      min: "10,000", max: "50000원", farm: "seogwi-bada-fisheries", delivery: "frozen", use: "gift", season: "now", sort: "price-asc", page: "2",
    })
    expect(p).toEqual({ min: 10000, max: 50000, farm: "seogwi-bada-fisheries", delivery: "frozen", use: "gift", inSeason: true, sort: "price-asc", page: 2 })
    expect(hasFilters(p)).toBe(true)
  })

  it("falls back to page 1 for a page that is not a positive integer", () => {
    for (const page of ["abc", "0", "-3", "1.5", "", "9999999999", "1e3"]) {
      expect(parseListingParams({ page }).page).toBe(1)
    }
  })

  it("ignores unknown sort and filter values", () => {
    const p = parseListingParams({ sort: "cheapest", delivery: "air", use: "both", season: "yes", farm: "../etc", min: "-5", max: "lots" })
    expect(p).toMatchObject({ sort: "popular", delivery: undefined, use: undefined, inSeason: false, farm: undefined, min: undefined, max: undefined })
  })

  it("reads a range typed the wrong way round as the right way round", () => {
    expect(parseListingParams({ min: "50000", max: "10000" })).toMatchObject({ min: 10000, max: 50000 })
  })

  it("takes the first of repeated parameters and ignores unknown ones", () => {
    expect(parseListingParams({ page: ["3", "4"], sort: ["new"], utm_source: "x" })).toMatchObject({ page: 3, sort: "new" })
  })
})

describe("listingQuery", () => {
  it("writes only what differs from the defaults, and round-trips", () => {
    expect(listingQuery(parseListingParams({}))).toBe("")
    const params = parseListingParams({ delivery: "frozen", sort: "price-asc", season: "now", page: "2", min: "1000" })
    const query = listingQuery(params)
    expect(query).toBe("?min=1000&delivery=frozen&season=now&sort=price-asc&page=2")
    expect(parseListingParams(Object.fromEntries(new URLSearchParams(query)))).toEqual(params)
  })
})

describe("parsePage", () => {
  it("reads a positive page number, else 1", () => {
    expect(parsePage("4")).toBe(4)
    expect(parsePage(undefined)).toBe(1)
    expect(parsePage("abc")).toBe(1)
    expect(parsePage(["2", "5"])).toBe(2)
  })
})
