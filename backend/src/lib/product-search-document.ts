import { analyzeDocumentText, type SearchableProduct } from "./korean-search"

/**
 * One product as every search provider receives it (Medusa's Search Module, index "product").
 * The plain fields are what the storefront shows and filters on; the `korean_*` fields are the
 * analyzer's derived forms of the names (title, tags, varieties, category, farm), so an engine
 * without Korean support (Meilisearch) can still match 초성, QWERTY-typed and romanized queries
 * with its own prefix and typo rules. The embedded engine derives the same forms itself.
 */
export interface ProductSearchDocument extends Record<string, unknown> {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  tags: string[]
  variety_words: string[]
  category_handle: string | null
  category_name: string | null
  farm_handle: string | null
  farm_name: string | null
  /** Lowest variant price, whole won. */
  price: number
  delivery_type: SearchableProduct["delivery_type"]
  season_from: number | null
  season_to: number | null
  /** The months (1..12) the product is in season; empty when sold all year. */
  season_months: number[]
  status: SearchableProduct["status"]
  sales_channel_ids: string[]
  /** ISO date. */
  created_at: string | null
  korean_choseong: string[]
  korean_qwerty: string[]
  korean_roman: string[]
  korean_jamo: string[]
}

/** The months from..to, wrapping the year end (12 -> 3 is 12, 1, 2, 3). */
export function seasonMonths(from: number | null, to: number | null): number[] {
  if (!from || !to) return []
  const months: number[] = []
  for (let m = from; months.length < 12; m = (m % 12) + 1) {
    months.push(m)
    if (m === to) break
  }
  return months
}

/** The names a shopper types: what the derived Korean forms are computed from. */
function names(p: SearchableProduct): string {
  return [p.title, ...p.tags, ...p.variety_words, p.category_name ?? "", p.farm_name ?? ""].join(" ")
}

export function toSearchDocument(
  p: SearchableProduct,
  extra: { thumbnail: string | null; sales_channel_ids: string[] }
): ProductSearchDocument {
  const derived = analyzeDocumentText(names(p))
  const unique = (values: string[]) => [...new Set(values)]
  return {
    id: p.id,
    handle: p.handle,
    title: p.title,
    subtitle: p.subtitle ?? null,
    description: p.description ?? null,
    thumbnail: extra.thumbnail,
    tags: p.tags,
    variety_words: p.variety_words,
    category_handle: p.category_handle,
    category_name: p.category_name,
    farm_handle: p.farm_handle,
    farm_name: p.farm_name,
    price: p.price,
    delivery_type: p.delivery_type,
    season_from: p.season?.from ?? null,
    season_to: p.season?.to ?? null,
    season_months: seasonMonths(p.season?.from ?? null, p.season?.to ?? null),
    status: p.status,
    sales_channel_ids: extra.sales_channel_ids,
    created_at: p.created_at ?? null,
    korean_choseong: unique(derived.choseong),
    korean_qwerty: unique(derived.qwerty),
    korean_roman: unique(derived.roman),
    korean_jamo: unique(derived.jamo),
  }
}

/** Back to the core's shape (the embedded engine analyzes the text itself). */
export function fromSearchDocument(d: ProductSearchDocument): SearchableProduct {
  return {
    id: d.id,
    handle: d.handle,
    title: d.title,
    subtitle: d.subtitle,
    description: d.description,
    tags: d.tags,
    variety_words: d.variety_words,
    category_handle: d.category_handle,
    category_name: d.category_name,
    farm_handle: d.farm_handle,
    farm_name: d.farm_name,
    price: d.price,
    delivery_type: d.delivery_type,
    season: d.season_from && d.season_to ? { from: d.season_from, to: d.season_to } : null,
    status: d.status,
    created_at: d.created_at,
  }
}
