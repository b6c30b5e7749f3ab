import type { RemoteQueryFunction, SearchTypes } from "@medusajs/framework/types"
import type { ProductSearchDocument } from "../../../lib/product-search-document"
import type { StoreSearchQueryType } from "./validators"

export const FACET_FIELDS = ["category_handle", "farm_handle", "delivery_type"] as const
const DELIVERY_LABELS: Record<string, string> = { normal: "일반 택배", chilled: "냉장 택배", frozen: "냉동 택배" }

/** This month in Korea (the shop's seasons are Korean months, whatever the server's time zone). */
export function koreanMonth(now = new Date()): number {
  return Number(new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Seoul", month: "numeric" }).format(now))
}

export function searchFilters(params: StoreSearchQueryType, month: number): SearchTypes.SearchFilters {
  const filters: SearchTypes.SearchFilters = { status: "published" }
  if (params.category?.length) filters.category_handle = { $in: params.category }
  if (params.farm?.length) filters.farm_handle = { $in: params.farm }
  if (params.delivery?.length) filters.delivery_type = { $in: params.delivery }
  if (params.price_min !== undefined || params.price_max !== undefined) {
    filters.price = { ...(params.price_min !== undefined && { $gte: params.price_min }), ...(params.price_max !== undefined && { $lte: params.price_max }) }
  }
  if (params.in_season === "true") filters.season_months = month
  return filters
}

export function searchOrder(sort: StoreSearchQueryType["sort"]): Record<string, "ASC" | "DESC"> | undefined {
  if (sort === "price_asc") return { price: "ASC" }
  if (sort === "price_desc") return { price: "DESC" }
  if (sort === "newest") return { created_at: "DESC" }
  return undefined
}

export type SearchHitView = ReturnType<typeof hitView>

/** One result as the storefront shows it (names, not ids, for the farm and category). */
export function hitView(hit: SearchTypes.SearchHit, month: number) {
  const d = hit.document as Partial<ProductSearchDocument>
  return {
    id: hit.id,
    handle: d.handle ?? "",
    title: d.title ?? "",
    subtitle: d.subtitle ?? null,
    thumbnail: d.thumbnail ?? null,
    price: d.price ?? 0,
    farm: d.farm_handle ? { handle: d.farm_handle, name: d.farm_name ?? d.farm_handle } : null,
    category: d.category_handle ? { handle: d.category_handle, name: d.category_name ?? d.category_handle } : null,
    delivery_type: d.delivery_type ?? "normal",
    in_season: (d.season_months ?? []).includes(month),
    matched: hit.highlights?.matched ?? [],
  }
}

type Names = { categories: Map<string, string>; farms: Map<string, string> }

/** Names change rarely; a minute-old farm name in a facet is fine, two reads per search are not. */
const NAMES_TTL_MS = 60_000
let cached: { names: Names; at: number } | null = null

/** Korean names of every category and approved farm, by handle (read at most once a minute). */
export async function facetNames(query: Omit<RemoteQueryFunction, symbol>): Promise<Names> {
  if (cached && Date.now() - cached.at < NAMES_TTL_MS) return cached.names
  const [categories, farms] = await Promise.all([
    query.graph({ entity: "product_category", fields: ["handle", "name"] }),
    query.graph({ entity: "farm", fields: ["handle", "name"] }),
  ])
  const names = {
    categories: new Map(categories.data.map((c: { handle: string; name: string }) => [c.handle, c.name])),
    farms: new Map(farms.data.map((f: { handle: string; name: string }) => [f.handle, f.name])),
  }
  cached = { names, at: Date.now() }
  return names
}

export function facetViews(facets: SearchTypes.SearchResult["facets"], names: Names) {
  const view = (field: string, label: (value: string) => string) => {
    const facet = facets?.[field]
    if (facet?.type !== "value") return []
    return facet.values.map((v) => ({ value: v.value, label: label(v.value), count: v.count }))
  }
  return {
    category: view("category_handle", (v) => names.categories.get(v) ?? v),
    farm: view("farm_handle", (v) => names.farms.get(v) ?? v),
    delivery: view("delivery_type", (v) => DELIVERY_LABELS[v] ?? v),
  }
}
