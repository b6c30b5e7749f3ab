import { MedusaError, projectDocument, readDocumentPath } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import type { MatchingStrategies, SearchParams, SearchResponse } from "meilisearch" with { "resolution-mode": "import" }
import { toMeilisearchFilter } from "./filters"
import { koreanQuery } from "./korean-query"
import { PROVIDER_IDENTIFIER, retrievableAttributes, searchableAttributes } from "./settings"

/**
 * A Search Module query as the client's search params, and Meilisearch's answer as a
 * SearchResult. Pure, so both directions are tested without a server.
 */

type Input = SearchTypes.ProviderSearchQuery
type Facet = { field: string; limit?: number; sort?: "count" | "alpha" }
type Highlight = { fields: string[]; pre: string; post: string; snippet: number | null }

export interface MeilisearchRequest {
  params: SearchParams
  /** A second query text, sent when the first finds nothing (see korean-query.ts). */
  fallback_q?: string
}

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** Medusa's `last` (type-ahead) is every word with a prefix on the last: Meilisearch's `all`. */
function matchingStrategy(strategy: NonNullable<Input["search_options"]>["match_strategy"]): MatchingStrategies | undefined {
  if (strategy === "all" || strategy === "last") return "all"
  return strategy === "any" ? "last" : undefined
}

function facetsOf(input: Input): Facet[] {
  return (input.search_options?.facets ?? []).map((facet) => {
    if (typeof facet === "string") return { field: facet }
    if (facet.type && facet.type !== "value") invalid(`The Meilisearch search provider has no "${facet.type}" facets ("${facet.field}")`)
    if ("query" in facet && facet.query) invalid(`The Meilisearch search provider cannot search facet values ("${facet.field}")`)
    return facet as Facet
  })
}

function highlightOf(input: Input): Highlight | null {
  const option = input.search_options?.highlight
  if (!option) return null
  const retrievable = new Set(retrievableAttributes(input.index))
  const fields = option === true ? searchableAttributes(input.index).filter((f) => retrievable.has(f)) : option.fields
  const snippet = option === true ? false : option.snippet
  return {
    fields,
    pre: (option !== true && option.pre_tag) || "<em>",
    post: (option !== true && option.post_tag) || "</em>",
    snippet: snippet ? (typeof snippet === "object" ? snippet.length : 10) : null,
  }
}

/** `_score` is relevance, which Meilisearch ranks by when no sort is given. */
function sortOf(order: Record<string, "ASC" | "DESC"> | undefined): string[] {
  return Object.entries(order ?? {})
    .filter(([field]) => field !== "_score")
    .map(([field, direction]) => `${field}:${direction.toUpperCase() === "DESC" ? "desc" : "asc"}`)
}

export function toSearchRequest(input: Input): MeilisearchRequest {
  const options = input.search_options ?? {}
  if (input.pagination?.cursor) invalid("The Meilisearch search provider pages with skip/take, not cursors")
  if (options.vector) invalid("The Meilisearch search provider has no vector search configured")
  const strategy = matchingStrategy(options.match_strategy)
  const korean = input.q ? koreanQuery(input.q, strategy !== "all") : { q: "" }
  const filter = toMeilisearchFilter(input.filters)
  const sort = sortOf(input.pagination?.order)
  const facets = facetsOf(input).map((f) => f.field)
  const highlight = highlightOf(input)
  const params: SearchParams = {
    q: korean.q,
    offset: input.pagination?.skip ?? 0,
    limit: input.pagination?.take ?? 20,
    // Every hit needs its id, whatever the caller asked to see.
    attributesToRetrieve: [...new Set([input.index.primary_key, ...input.attributes_to_retrieve])],
    ...(filter ? { filter } : {}),
    ...(sort.length ? { sort } : {}),
    ...(facets.length ? { facets } : {}),
    ...(strategy ? { matchingStrategy: strategy } : {}),
    ...(highlight
      ? { attributesToHighlight: highlight.fields, highlightPreTag: highlight.pre, highlightPostTag: highlight.post }
      : {}),
    ...(highlight?.snippet ? { attributesToCrop: highlight.fields, cropLength: highlight.snippet } : {}),
    ...(options.include_score ? { showRankingScore: true } : {}),
    ...(options.min_score !== undefined ? { rankingScoreThreshold: options.min_score } : {}),
    ...(options.attributes_to_search_on ? { attributesToSearchOn: options.attributes_to_search_on } : {}),
    ...(options.distinct ? { distinct: options.distinct } : {}),
    ...(options.locales?.length ? { locales: options.locales } : {}),
    ...((options.provider_options?.[PROVIDER_IDENTIFIER] ?? {}) as Partial<SearchParams>),
  }
  return korean.fallback ? { params, fallback_q: korean.fallback } : { params }
}

function highlightsOf(formatted: Record<string, unknown>, highlight: Highlight): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const field of highlight.fields) {
    const marked = readDocumentPath(formatted, field.split(".")).filter(
      (v): v is string => typeof v === "string" && v.includes(highlight.pre)
    )
    if (marked.length) out[field] = marked
  }
  return out
}

function facetValues(counts: Record<string, number>, facet: Facet): SearchTypes.SearchFacetResult {
  const values = Object.entries(counts).map(([value, count]) => ({ value, count }))
  // Meilisearch lists values alphabetically by default; the Search Module expects counts first.
  values.sort((a, b) => (facet.sort === "alpha" ? 0 : b.count - a.count) || a.value.localeCompare(b.value))
  if (facet.limit === undefined || values.length <= facet.limit) return { type: "value", values }
  const rest = values.slice(facet.limit).reduce((sum, v) => sum + v.count, 0)
  return { type: "value", values: values.slice(0, facet.limit), other_count: rest }
}

export function fromSearchResponse(input: Input, response: SearchResponse<Record<string, unknown>>): SearchTypes.SearchResult {
  const highlight = highlightOf(input)
  const hits = response.hits.map((hit) => {
    const out: SearchTypes.SearchHit = {
      id: String(hit[input.index.primary_key]),
      document: projectDocument(hit, input.attributes_to_retrieve),
    }
    if (input.search_options?.include_score && typeof hit._rankingScore === "number") out.score = hit._rankingScore
    if (highlight && hit._formatted) out.highlights = highlightsOf(hit._formatted, highlight)
    return out
  })
  const distribution = response.facetDistribution ?? {}
  const facets = Object.fromEntries(facetsOf(input).map((f) => [f.field, facetValues(distribution[f.field] ?? {}, f)]))
  const count = response.totalHits ?? response.estimatedTotalHits ?? null
  return {
    hits,
    ...(Object.keys(facets).length ? { facets } : {}),
    metadata: {
      skip: input.pagination?.skip ?? 0,
      take: input.pagination?.take ?? 20,
      count: input.search_options?.count === "none" ? null : count,
      processing_time_ms: response.processingTimeMs,
      query: input.q,
    },
    provider_metadata: { meilisearch_q: response.query },
  }
}
