import { z } from "zod"
import type { DeliveryType } from "./catalog/types"
import { isHandle } from "./handle"
import { DELIVERY_TYPES, type SearchParams } from "./listing-params"

/**
 * The search page's query, filters, sort and page as they live in the URL (shareable, reload-safe),
 * in the same style as the category listing's (src/lib/listing-params.ts):
 *   /search?q=한라봉&category=citrus&farm=<handle>&delivery=chilled&min=10000&max=50000&season=now&sort=price-asc&page=2
 * category and farm may repeat (?farm=a&farm=b) or be comma-separated (?farm=a,b).
 * Parsing never fails: a malformed or unknown value is dropped, so a bad link still searches.
 */
export const SEARCH_SORTS = ["relevance", "price-asc", "price-desc", "new"] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export const SEARCH_SORT_LABEL: Record<SearchSort, string> = {
  relevance: "정확도순",
  "price-asc": "낮은 가격순",
  "price-desc": "높은 가격순",
  new: "신상품순",
}

/** The backend's names for the sorts (GET /store/search?sort=). */
const BACKEND_SORT: Record<SearchSort, string> = {
  relevance: "relevance",
  "price-asc": "price_asc",
  "price-desc": "price_desc",
  new: "newest",
}

/** Results per page: fills whole rows of 2, 3 and 4 columns (the backend allows up to 50). */
export const SEARCH_PAGE_SIZE = 24
/** Longer text is cut: nobody types more to find a product, and it keeps URLs and cache keys short. */
export const MAX_QUERY_LENGTH = 100
/** At most this many handles per filter (more are ignored). */
const MAX_HANDLES = 10
const MAX_WON = 100_000_000
/** The backend answers offsets up to 10,000: pages past that are read as page 1. */
const MAX_PAGE = Math.floor(10_000 / SEARCH_PAGE_SIZE) + 1

export type SearchQuery = {
  /** The words searched for, spaces collapsed; "" when none. */
  q: string
  category: string[]
  farm: string[]
  delivery?: DeliveryType
  min?: number
  max?: number
  inSeason: boolean
  sort: SearchSort
  page: number
}

/** Collapses runs of whitespace, trims and cuts to MAX_QUERY_LENGTH characters (never inside an emoji). */
export function normalizeQuery(value: string): string {
  const words = value.replace(/\s+/g, " ").trim()
  return words.length <= MAX_QUERY_LENGTH ? words : Array.from(words).slice(0, MAX_QUERY_LENGTH).join("").trim()
}

const won = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[,\s원]/g, "") : v),
  z.string().regex(/^\d{1,9}$/).transform(Number).pipe(z.number().int().max(MAX_WON)).optional().catch(undefined)
)

const scalars = z.object({
  q: z.string().transform(normalizeQuery).catch(""),
  min: won,
  max: won,
  season: z.literal("now").optional().catch(undefined),
  sort: z.enum(SEARCH_SORTS).catch("relevance"),
  page: z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(MAX_PAGE)).catch(1),
})

function all(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** Every handle of a repeated or comma-separated parameter, valid ones only, once each. */
function handles(value: string | string[] | undefined): string[] {
  const list = all(value).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(isHandle)
  return [...new Set(list)].slice(0, MAX_HANDLES)
}

export function parseSearchParams(searchParams: SearchParams): SearchQuery {
  const first = (key: string) => all(searchParams[key])[0]
  const p = scalars.parse({
    q: first("q") ?? "",
    min: first("min"),
    max: first("max"),
    season: first("season"),
    sort: first("sort"),
    page: first("page"),
  })
  const delivery = all(searchParams.delivery).find((d): d is DeliveryType => (DELIVERY_TYPES as readonly string[]).includes(d))
  // A range typed the wrong way round (min > max) is read the right way round.
  const [min, max] = p.min !== undefined && p.max !== undefined && p.min > p.max ? [p.max, p.min] : [p.min, p.max]
  return {
    q: p.q,
    category: handles(searchParams.category),
    farm: handles(searchParams.farm),
    delivery,
    min,
    max,
    inSeason: p.season === "now",
    sort: p.sort,
    page: p.page,
  }
}

/** Whether any filter (not the query, sort or page) is set. */
export function hasSearchFilters(p: SearchQuery): boolean {
  return p.category.length > 0 || p.farm.length > 0 || Boolean(p.delivery) || p.min !== undefined || p.max !== undefined || p.inSeason
}

/** The search page's URL for `p` (defaults omitted), e.g. for facet, sort and page links. */
export function searchHref(p: Partial<SearchQuery>): string {
  const query = new URLSearchParams()
  if (p.q) query.set("q", p.q)
  for (const c of p.category ?? []) query.append("category", c)
  for (const f of p.farm ?? []) query.append("farm", f)
  if (p.delivery) query.set("delivery", p.delivery)
  if (p.min !== undefined) query.set("min", String(p.min))
  if (p.max !== undefined) query.set("max", String(p.max))
  if (p.inSeason) query.set("season", "now")
  if (p.sort && p.sort !== "relevance") query.set("sort", p.sort)
  if (p.page !== undefined && p.page > 1) query.set("page", String(p.page))
  const s = query.toString()
  return s ? `/search?${s}` : "/search"
}

/** `list` with `value` added, or without it when it is already there. */
export function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

export type BackendSearchQuery = Record<string, string | number | undefined>

/** The query of GET /store/search for `p` (handles comma-separated; absent filters left out). */
export function backendSearchQuery(p: SearchQuery, pageSize = SEARCH_PAGE_SIZE): BackendSearchQuery {
  return {
    q: p.q,
    category: p.category.length > 0 ? p.category.join(",") : undefined,
    farm: p.farm.length > 0 ? p.farm.join(",") : undefined,
    delivery: p.delivery,
    price_min: p.min,
    price_max: p.max,
    in_season: p.inSeason ? "true" : undefined,
    sort: BACKEND_SORT[p.sort],
    limit: pageSize,
    offset: (p.page - 1) * pageSize,
  }
}
