/** What the listing code reads of a Medusa product (query.graph on `product`, LISTING_PRODUCT_FIELDS). */
export const LISTING_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "status",
  "handle",
  "thumbnail",
  "created_at",
  "updated_at",
  "metadata",
  "images.url",
  "images.rank",
  "categories.handle",
  "options.id",
  "options.title",
  "variants.id",
  "variants.title",
  "variants.options.value",
  "variants.options.option.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

export type LevelRow = { location_id: string; stocked_quantity: number; reserved_quantity: number }

export type VariantRow = {
  id: string
  title: string | null
  options?: ({ value: string; option?: { title: string } | null } | null)[] | null
  prices?: ({ amount: number; currency_code: string } | null)[] | null
  inventory_items?: ({ inventory?: { location_levels?: (LevelRow | null)[] | null } | null } | null)[] | null
}

export type ProductRow = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  status: string
  handle: string
  thumbnail: string | null
  created_at: string | Date
  updated_at: string | Date
  metadata: Record<string, unknown> | null
  images?: ({ url: string; rank?: number | null } | null)[] | null
  categories?: ({ handle: string } | null)[] | null
  options?: ({ id: string; title: string } | null)[] | null
  variants?: (VariantRow | null)[] | null
}

export function present<T>(items: readonly (T | null | undefined)[] | null | undefined): T[] {
  return (items ?? []).filter((x): x is T => x !== null && x !== undefined)
}
