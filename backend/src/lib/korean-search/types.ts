/** The shapes the Korean search core takes and gives. No Medusa types: the caller maps to these. */

export type DeliveryType = "normal" | "chilled" | "frozen"
export type ProductStatus = "published" | "draft" | "proposed" | "rejected"
export type SortOrder = "relevance" | "price_asc" | "price_desc" | "newest"

/** One product as the search sees it. */
export interface SearchableProduct {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  tags: string[]
  /** Variety and other names the product is known by but that the page may not show (e.g. 부지화). */
  variety_words: string[]
  category_handle: string | null
  category_name: string | null
  farm_handle: string | null
  farm_name: string | null
  /** Lowest variant price in won. */
  price: number
  delivery_type: DeliveryType
  /** Sale season as months 1..12, may wrap the year (12 -> 3); null: sold all year. */
  season: { from: number; to: number } | null
  status: ProductStatus
  /** ISO date; products without one sort last under "newest". */
  created_at?: string | null
}

export interface SearchFilters {
  category?: string | string[]
  farm?: string | string[]
  price_min?: number
  price_max?: number
  delivery?: DeliveryType | DeliveryType[]
  /** A month 1..12: only products with a declared season that includes it (all-year goods are not "in season"). */
  in_season?: number
}

export interface SearchRequest {
  filters?: SearchFilters
  sort?: SortOrder
  limit?: number
  offset?: number
}

export interface SearchHit {
  id: string
  handle: string
  /** Relevance: up to 1 per query word (1 for the best product of each word). */
  score: number
  /**
   * Pieces of the product's text (title, tags, category, farm, description) that the query
   * matched, longest first, for highlighting: whole words, word tails (감귤 in 노지감귤) or pairs.
   */
  matched: string[]
}

export type FacetCounts = Record<string, number>

export interface SearchResponse {
  hits: SearchHit[]
  /** All matches after filters, before limit/offset. */
  count: number
  /** Counts over the filtered matches. */
  facets: { category: FacetCounts; farm: FacetCounts; delivery: FacetCounts }
}

export interface NamedSuggestion {
  handle: string
  name: string
}

export interface Suggestions {
  products: { id: string; handle: string; title: string }[]
  categories: NamedSuggestion[]
  farms: NamedSuggestion[]
}
