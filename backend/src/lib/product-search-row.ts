import { varietyWords, type DeliveryType, type SearchableProduct } from "./korean-search"
import { toSearchDocument, type ProductSearchDocument } from "./product-search-document"

/** The product fields the search index reads through Medusa's query graph. */
export const PRODUCT_SEARCH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "status",
  "thumbnail",
  "created_at",
  "metadata",
  "categories.handle",
  "categories.name",
  "sales_channels.id",
  "variants.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "farm.handle",
  "farm.name",
  "farm.status",
]

export interface ProductSearchRow {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  status: string
  thumbnail?: string | null
  created_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  categories?: { handle: string; name: string }[] | null
  sales_channels?: { id: string }[] | null
  variants?: { prices?: { amount: number | string; currency_code: string }[] | null }[] | null
  farm?: { handle: string; name: string; status: string } | null
}

const DELIVERY = new Set<DeliveryType>(["normal", "chilled", "frozen"])
const month = (value: unknown) => (typeof value === "number" && value >= 1 && value <= 12 ? value : null)
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [])

/**
 * The searchable form of a product, or null when shoppers must not find it: not published, no
 * won price, or its farm is not approved (a suspended farm's goods leave the store).
 */
export function toProductSearchDocument(row: ProductSearchRow): ProductSearchDocument | null {
  if (row.status !== "published") return null
  if (row.farm && row.farm.status !== "approved") return null
  const prices = (row.variants ?? []).flatMap((v) => v.prices ?? []).filter((p) => p.currency_code === "krw")
  if (!prices.length) return null
  const meta = row.metadata ?? {}
  const from = month(meta.season_from)
  const to = month(meta.season_to)
  const tags = strings(meta.tags)
  const notice = Array.isArray(meta.info_notice) ? (meta.info_notice as { label: string; value: string }[]) : []
  const category = row.categories?.[0] ?? null
  const delivery = String(meta.delivery_type ?? "normal") as DeliveryType
  const product: SearchableProduct = {
    id: row.id,
    handle: row.handle,
    title: row.title,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    tags,
    variety_words: varietyWords({ title: row.title, tags, notice, handle: row.handle, category: "", farm: "", delivery_type: delivery, season: null, variants: [] }),
    category_handle: category?.handle ?? null,
    category_name: category?.name ?? null,
    farm_handle: row.farm?.handle ?? null,
    farm_name: row.farm?.name ?? null,
    price: Math.min(...prices.map((p) => Number(p.amount))),
    delivery_type: DELIVERY.has(delivery) ? delivery : "normal",
    season: from && to ? { from, to } : null,
    status: "published",
    created_at: row.created_at ? new Date(row.created_at).toISOString() : null,
  }
  return toSearchDocument(product, { thumbnail: row.thumbnail ?? null, sales_channel_ids: (row.sales_channels ?? []).map((s) => s.id) })
}
