import type { FarmRef } from "./catalog/types"
import type { ListingProduct } from "./catalog/listing-product"
import { PAGE_SIZE, type ListingParams, type Sort } from "./listing-params"
import { isInSeason } from "./season"

/**
 * Filters, sorts and paginates a category's products in the storefront. A category holds at
 * most ~100 products, read once and cached with tags (src/lib/data/listing.ts), so doing this
 * here is simpler and faster than one backend query per filter combination.
 */
export type ListingPage = {
  items: ListingProduct[]
  /** Products matching the filters (all pages). */
  total: number
  /** The page shown, clamped to 1..pageCount. */
  page: number
  pageCount: number
  /** The farms of the category, for the farm filter. */
  farms: FarmRef[]
  /** The filters actually applied: a farm not in this category is ignored. */
  applied: ListingParams
}

/** In season now: a product with a season (not all year) that includes `month`. */
export function isSeasonalNow(product: Pick<ListingProduct, "season">, month: number): boolean {
  return product.season !== null && isInSeason(product.season, month)
}

export function farmsOf(products: ListingProduct[]): FarmRef[] {
  const byId = new Map<string, FarmRef>()
  for (const p of products) if (p.farm && !byId.has(p.farm.id)) byId.set(p.farm.id, p.farm)
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, "ko"))
}

function matches(p: ListingProduct, f: ListingParams, month: number): boolean {
  if (f.min !== undefined && (p.minPrice === null || p.minPrice < f.min)) return false
  if (f.max !== undefined && (p.minPrice === null || p.minPrice > f.max)) return false
  if (f.farm && p.farm?.handle !== f.farm) return false
  if (f.delivery && p.deliveryType !== f.delivery) return false
  if (f.use === "gift" && !p.gift) return false
  if (f.use === "home" && p.gift) return false
  if (f.inSeason && !isSeasonalNow(p, month)) return false
  return true
}

type Ranked = { p: ListingProduct; index: number }
type Compare = (a: Ranked, b: Ranked) => number

const byCatalogOrder: Compare = (a, b) => a.index - b.index
const byStock: Compare = (a, b) => Number(a.p.soldOut) - Number(b.p.soldOut)
/** Unpriced products go last whichever way prices are sorted. */
const byPrice = (dir: 1 | -1): Compare => (a, b) => {
  if (a.p.minPrice === null || b.p.minPrice === null) return Number(a.p.minPrice === null) - Number(b.p.minPrice === null)
  return dir * (a.p.minPrice - b.p.minPrice)
}

/**
 * 인기순 without sales figures yet (no order history to rank by): what can be bought first, then
 * what is in season now, then gift sets, then the catalog's own order (the order products were
 * listed, which the department curates). 신상품순: newest listing first. Price sorts use the lowest
 * variant price (the "…원부터" on the card). Ties always fall back to the catalog order.
 */
function comparator(sort: Sort, month: number): Compare {
  const chain = (...cs: Compare[]): Compare => (a, b) => {
    for (const c of cs) {
      const d = c(a, b)
      if (d !== 0) return d
    }
    return 0
  }
  switch (sort) {
    case "new":
      return chain((a, b) => b.p.createdAt.localeCompare(a.p.createdAt), byCatalogOrder)
    case "price-asc":
      return chain(byPrice(1), byCatalogOrder)
    case "price-desc":
      return chain(byPrice(-1), byCatalogOrder)
    case "popular":
      return chain(
        byStock,
        (a, b) => Number(isSeasonalNow(b.p, month)) - Number(isSeasonalNow(a.p, month)),
        (a, b) => Number(b.p.gift) - Number(a.p.gift),
        byCatalogOrder
      )
  }
}

/** `products` in the catalog's order (oldest listing first); `month` is the month in Korea. */
export function applyListing(products: ListingProduct[], params: ListingParams, month: number, pageSize = PAGE_SIZE): ListingPage {
  const farms = farmsOf(products)
  const farm = params.farm && farms.some((f) => f.handle === params.farm) ? params.farm : undefined
  const applied = { ...params, farm }
  const ranked = products
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => matches(p, applied, month))
    .sort(comparator(applied.sort, month))
  const pageCount = Math.max(1, Math.ceil(ranked.length / pageSize))
  const page = Math.min(Math.max(1, applied.page), pageCount)
  const items = ranked.slice((page - 1) * pageSize, page * pageSize).map(({ p }) => p)
  return { items, total: ranked.length, page, pageCount, farms, applied: { ...applied, page } }
}

/** Products in season this month (all-year goods excluded), those in stock first. */
export function inSeasonNow<T extends ListingProduct>(products: T[], month: number, limit = 8): T[] {
  return products
    .filter((p) => isSeasonalNow(p, month))
    .sort((a, b) => Number(a.soldOut) - Number(b.soldOut))
    .slice(0, limit)
}
