import { z } from "zod"
import type { DeliveryType } from "./catalog/types"
import { isHandle } from "./handle"

/**
 * The category listing's filters and sort, as they live in the URL (shareable, reload-safe):
 *   ?min=10000&max=50000&farm=<handle>&delivery=frozen&use=gift&season=now&sort=price-asc&page=2
 * Parsing never fails: a malformed or unknown value is dropped (page falls back to 1), so a bad
 * link shows the listing rather than an error. The page is clamped later, once the count is known.
 */
export const SORTS = ["popular", "new", "price-asc", "price-desc"] as const
export type Sort = (typeof SORTS)[number]

export const SORT_LABEL: Record<Sort, string> = {
  popular: "인기순",
  new: "신상품순",
  "price-asc": "낮은 가격순",
  "price-desc": "높은 가격순",
}

export const DELIVERY_TYPES = ["normal", "chilled", "frozen"] as const satisfies readonly DeliveryType[]
export const DELIVERY_FILTER_LABEL: Record<DeliveryType, string> = { normal: "일반", chilled: "냉장", frozen: "냉동" }

/** 가정용 (for home) or 선물용 (gift sets: metadata.gift). */
export const USES = ["home", "gift"] as const
export type Use = (typeof USES)[number]
export const USE_LABEL: Record<Use, string> = { home: "가정용", gift: "선물용" }

export const PAGE_SIZE = 12
const MAX_WON = 100_000_000

export type ListingParams = {
  min?: number
  max?: number
  farm?: string
  delivery?: DeliveryType
  use?: Use
  inSeason: boolean
  sort: Sort
  page: number
}

export type SearchParams = Record<string, string | string[] | undefined>

/** "1,000", " 5000 " and "5000원" read as won; anything else (negative, fractional, huge) as absent. */
const won = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[,\s원]/g, "") : v),
  z.string().regex(/^\d{1,9}$/).transform(Number).pipe(z.number().int().max(MAX_WON)).optional().catch(undefined)
)

const schema = z.object({
  min: won,
  max: won,
  farm: z.string().refine(isHandle).optional().catch(undefined),
  delivery: z.enum(DELIVERY_TYPES).optional().catch(undefined),
  use: z.enum(USES).optional().catch(undefined),
  season: z.literal("now").optional().catch(undefined),
  sort: z.enum(SORTS).catch("popular").default("popular"),
  page: z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1)).catch(1).default(1),
})

/** The first value of a repeated parameter (?page=2&page=3 -> "2"). */
function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

export function parseListingParams(searchParams: SearchParams): ListingParams {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, first(searchParams[key])]))
  const p = schema.parse(raw)
  // A range typed the wrong way round (min > max) is read the right way round.
  const [min, max] = p.min !== undefined && p.max !== undefined && p.min > p.max ? [p.max, p.min] : [p.min, p.max]
  return { min, max, farm: p.farm, delivery: p.delivery, use: p.use, inSeason: p.season === "now", sort: p.sort, page: p.page }
}

/** The query string for `params` (defaults omitted), e.g. for sort and page links. */
export function listingQuery(params: ListingParams): string {
  const q = new URLSearchParams()
  if (params.min !== undefined) q.set("min", String(params.min))
  if (params.max !== undefined) q.set("max", String(params.max))
  if (params.farm) q.set("farm", params.farm)
  if (params.delivery) q.set("delivery", params.delivery)
  if (params.use) q.set("use", params.use)
  if (params.inSeason) q.set("season", "now")
  if (params.sort !== "popular") q.set("sort", params.sort)
  if (params.page > 1) q.set("page", String(params.page))
  const s = q.toString()
  return s ? `?${s}` : ""
}

/** Whether any filter (not sort or page) is set. */
export function hasFilters(params: ListingParams): boolean {
  return (
    params.min !== undefined || params.max !== undefined || Boolean(params.farm) ||
    Boolean(params.delivery) || Boolean(params.use) || params.inSeason
  )
}

/** A page number from the URL for plain paginated lists (e.g. /farms): 1 unless a positive integer. */
export function parsePage(value: string | string[] | undefined): number {
  return schema.shape.page.parse(first(value))
}
