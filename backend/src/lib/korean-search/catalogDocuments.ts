import { hasHangul, tokenize } from "./analyzer"
import type { DeliveryType, SearchableProduct } from "./types"

/**
 * Seed-shaped catalog data (seed/products/*.json, farms.json, categories.json) -> SearchableProducts.
 * The input types are structural, so the seed schema's types fit them; a Medusa product maps the
 * same way (title, tags and metadata fields, the category, the linked farm).
 */

export interface CatalogCategory {
  handle: string
  name: string
}

export interface CatalogFarm {
  handle: string
  name: string
}

export interface CatalogProduct {
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  category: string
  farm: string
  delivery_type: DeliveryType
  season: { from: number; to: number } | null
  tags: string[]
  variants: { price: number }[]
  notice?: { label: string; value: string }[]
}

/** The 상품정보제공고시 rows naming the item; they carry variety names such as 부지화 or 세토카. */
const ITEM_NAME_LABELS = ["품목 또는 명칭", "제품명", "품명 및 모델명"]

/** Korean words of the item name that the title and tags do not already have (model codes are left out). */
export function varietyWords(p: CatalogProduct): string[] {
  const known = new Set([p.title, ...p.tags].flatMap(tokenize))
  const rows = (p.notice ?? []).filter((row) => ITEM_NAME_LABELS.includes(row.label))
  const words = new Set(rows.flatMap((row) => tokenize(row.value)).filter(hasHangul))
  return [...words].filter((w) => !known.has(w))
}

export function catalogDocument(
  p: CatalogProduct,
  categories: ReadonlyMap<string, CatalogCategory>,
  farms: ReadonlyMap<string, CatalogFarm>,
  createdAt?: string
): SearchableProduct {
  return {
    id: p.handle,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    tags: p.tags,
    variety_words: varietyWords(p),
    category_handle: p.category,
    category_name: categories.get(p.category)?.name ?? null,
    farm_handle: p.farm,
    farm_name: farms.get(p.farm)?.name ?? null,
    price: Math.min(...p.variants.map((v) => v.price)),
    delivery_type: p.delivery_type,
    season: p.season,
    status: "published",
    created_at: createdAt ?? null,
  }
}

/** Every product of a catalog; creation dates follow file order, one day apart, for "newest". */
export function catalogDocuments(catalog: {
  products: CatalogProduct[]
  categories: CatalogCategory[]
  farms: CatalogFarm[]
}): SearchableProduct[] {
  const categories = new Map(catalog.categories.map((c) => [c.handle, c]))
  const farms = new Map(catalog.farms.map((f) => [f.handle, f]))
  const start = Date.UTC(2026, 0, 1)
  return catalog.products.map((p, i) =>
    catalogDocument(p, categories, farms, new Date(start + i * 86_400_000).toISOString())
  )
}
