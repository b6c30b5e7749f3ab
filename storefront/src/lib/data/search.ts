import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { z } from "zod"
import type { DeliveryType } from "../catalog/types"
import { DELIVERY_TYPES } from "../listing-params"
import { backendSearchQuery, type SearchQuery } from "../search-params"
import { StoreError } from "../store-error"
import { storeRead } from "./client"
import { TAGS } from "./tags"

/**
 * The shop's search (GET /store/search, GET /store/search/suggest): our own backend routes, so
 * their responses are parsed here rather than trusted.
 *
 * Caching: results are cached for SEARCH_REVALIDATE_SECONDS per distinct URL, under the "search"
 * tag and the catalog's "products" tag (the backend expires "products" when a product or price
 * changes, so a result never shows an old price for long). Suggestions are asked for on every
 * keystroke with ever-new prefixes: they are not kept in Next's data cache (the browser caches the
 * /search/suggest answers briefly instead, see app/search/suggest/route.ts).
 */
export const SEARCH_TAG = "search"
export const SEARCH_REVALIDATE_SECONDS = 30

export type NamedRef = { handle: string; name: string }

export type SearchHit = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  /** Lowest variant price in won; null when the product has no price yet. */
  price: number | null
  farm: NamedRef | null
  category: NamedRef | null
  deliveryType: DeliveryType | null
  inSeason: boolean
  /** Pieces of the product's text the query matched, longest first (for highlighting). */
  matched: string[]
}

export type SearchFacet = { value: string; label: string; count: number }

export type SearchResult = {
  query: string
  hits: SearchHit[]
  /** All matches after filters (all pages). */
  count: number
  facets: { category: SearchFacet[]; farm: SearchFacet[]; delivery: SearchFacet[] }
  didYouMean: string | null
  /** When nothing matched: products to show instead of a blank page. */
  popular: SearchHit[]
}

/** The backend refused the query (400): its message names the parameter. */
export type SearchOutcome = { ok: true; result: SearchResult } | { ok: false; message: string }

export type SuggestedProduct = { id: string; handle: string; title: string; thumbnail: string | null; price: number | null }

export type Suggestions = {
  query: string
  products: SuggestedProduct[]
  categories: NamedRef[]
  farms: NamedRef[]
}

const namedSchema = z.object({ handle: z.string(), name: z.string() })

/** Lenient where a wrong value only costs a detail of a card (it is then left out). */
const hitSchema = z
  .object({
    id: z.string(),
    handle: z.string(),
    title: z.string(),
    subtitle: z.string().nullish(),
    thumbnail: z.string().nullish(),
    price: z.number().nullish().catch(null),
    farm: namedSchema.nullish().catch(null),
    category: namedSchema.nullish().catch(null),
    delivery_type: z.enum(DELIVERY_TYPES).nullish().catch(null),
    in_season: z.boolean().nullish().catch(false),
    matched: z.array(z.string()).nullish().catch([]),
  })
  .transform(
    (h): SearchHit => ({
      id: h.id,
      handle: h.handle,
      title: h.title,
      subtitle: h.subtitle ?? null,
      thumbnail: h.thumbnail ?? null,
      price: h.price ?? null,
      farm: h.farm ?? null,
      category: h.category ?? null,
      deliveryType: h.delivery_type ?? null,
      inSeason: h.in_season ?? false,
      matched: h.matched ?? [],
    })
  )

const facetsSchema = z.array(z.object({ value: z.string(), label: z.string(), count: z.number().int() })).nullish().catch([])

export const searchResponseSchema = z
  .object({
    query: z.string(),
    hits: z.array(hitSchema),
    count: z.number().int().min(0),
    facets: z
      .object({ category: facetsSchema, farm: facetsSchema, delivery: facetsSchema })
      .nullish()
      .catch(null),
    did_you_mean: z.string().nullish().catch(null),
    popular: z.array(hitSchema).nullish().catch([]),
  })
  .transform(
    (r): SearchResult => ({
      query: r.query,
      hits: r.hits,
      count: r.count,
      facets: { category: r.facets?.category ?? [], farm: r.facets?.farm ?? [], delivery: r.facets?.delivery ?? [] },
      didYouMean: r.did_you_mean?.trim() || null,
      popular: r.popular ?? [],
    })
  )

export const suggestResponseSchema = z.object({
  query: z.string(),
  products: z.array(
    z
      .object({ id: z.string(), handle: z.string(), title: z.string(), thumbnail: z.string().nullish(), price: z.number().nullish().catch(null) })
      .transform((p): SuggestedProduct => ({ ...p, thumbnail: p.thumbnail ?? null, price: p.price ?? null }))
  ),
  categories: z.array(namedSchema).nullish().transform((v) => v ?? []),
  farms: z.array(namedSchema).nullish().transform((v) => v ?? []),
})

function parsed<T>(path: string, schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body)
  if (!result.success) throw new StoreError("bad-response", `GET ${path}: unexpected body`, { cause: result.error })
  return result.data
}

/** The backend's message of a 400 (a parameter it refuses), or null for any other error. */
function rejection(error: unknown): string | null {
  if (!(error instanceof StoreError) || !(error.cause instanceof FetchError) || error.cause.status !== 400) return null
  return error.cause.message || "잘못된 검색 조건"
}

/**
 * One page of results for `params` (params.q must not be empty). A 400 from the backend (a
 * parameter it refuses, which parseSearchParams should already have dropped) comes back as
 * `{ ok: false }` for the page to explain, rather than as an error page.
 */
export async function searchProducts(params: SearchQuery): Promise<SearchOutcome> {
  const path = "/store/search"
  try {
    const body = await storeRead<unknown>(path, {
      query: backendSearchQuery(params),
      tags: [SEARCH_TAG, TAGS.products],
      revalidate: SEARCH_REVALIDATE_SECONDS,
    })
    return { ok: true, result: parsed(path, searchResponseSchema, body) }
  } catch (error) {
    const message = rejection(error)
    if (message === null) throw error
    return { ok: false, message }
  }
}

/** What the search box offers for `q` as it is typed: products, categories and farms. */
export async function suggest(q: string, limit: number): Promise<Suggestions> {
  const path = "/store/search/suggest"
  const body = await storeRead<unknown>(path, { query: { q, limit }, tags: [SEARCH_TAG], revalidate: 0 })
  return parsed(path, suggestResponseSchema, body)
}
