import type { FacetCounts, SearchableProduct, SearchFilters, SearchResponse, SortOrder } from "./types"

/** Filters, sort orders and facet counts: plain functions over products, apart from the index. */

export interface ScoredProduct {
  product: SearchableProduct
  score: number
  /** Insertion order, the tie-breaker that keeps results stable. */
  order: number
}

const list = <T>(value: T | T[] | undefined): T[] | null =>
  value === undefined ? null : Array.isArray(value) ? value : [value]

/** Whether a season (months, possibly wrapping the year: 12 -> 3) includes a month. */
export function inSeason(season: SearchableProduct["season"], month: number): boolean {
  if (!season) return false
  const { from, to } = season
  return from <= to ? month >= from && month <= to : month >= from || month <= to
}

export function matchesFilters(p: SearchableProduct, filters: SearchFilters = {}): boolean {
  const categories = list(filters.category)
  const farms = list(filters.farm)
  const deliveries = list(filters.delivery)
  if (categories && !categories.includes(p.category_handle ?? "")) return false
  if (farms && !farms.includes(p.farm_handle ?? "")) return false
  if (deliveries && !deliveries.includes(p.delivery_type)) return false
  if (filters.price_min !== undefined && p.price < filters.price_min) return false
  if (filters.price_max !== undefined && p.price > filters.price_max) return false
  if (filters.in_season !== undefined && !inSeason(p.season, filters.in_season)) return false
  return true
}

const time = (p: SearchableProduct) => (p.created_at ? Date.parse(p.created_at) || 0 : 0)

export function compareBy(sort: SortOrder): (a: ScoredProduct, b: ScoredProduct) => number {
  const tie = (a: ScoredProduct, b: ScoredProduct) => b.score - a.score || a.order - b.order
  switch (sort) {
    case "price_asc":
      return (a, b) => a.product.price - b.product.price || tie(a, b)
    case "price_desc":
      return (a, b) => b.product.price - a.product.price || tie(a, b)
    case "newest":
      return (a, b) => time(b.product) - time(a.product) || tie(a, b)
    case "relevance":
      return tie
  }
}

export function countFacets(products: Iterable<SearchableProduct>): SearchResponse["facets"] {
  const category: FacetCounts = {}
  const farm: FacetCounts = {}
  const delivery: FacetCounts = {}
  const bump = (counts: FacetCounts, key: string | null) => {
    if (key) counts[key] = (counts[key] ?? 0) + 1
  }
  for (const p of products) {
    bump(category, p.category_handle)
    bump(farm, p.farm_handle)
    bump(delivery, p.delivery_type)
  }
  return { category, farm, delivery }
}
