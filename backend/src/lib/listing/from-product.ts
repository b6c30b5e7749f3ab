import { CITRUS_VARIETIES, citrusSchema, LISTING_CATEGORIES, noticeRowSchema, VARIANT_USES } from "./schema"
import type { CitrusInfo, ListingCategory, ListingInput, ListingVariant, NoticeRow, VariantUse } from "./schema"
import { present, type ProductRow, type VariantRow } from "./product-row"
import { OPTION_TITLES } from "./options"

/** A product as its listing: the ListingInput, plus what the listing code needs to change it. */
export type ListingView = ListingInput & {
  id: string
  handle: string
  status: string
  thumbnail: string | null
  updated_at: string
  review_reason: string | null
  /** The product's option titles (seeded products may have others than 중량/크기/구분). */
  option_titles: string[]
  /** Variant id → its current title (kept when its options do not change). */
  variant_titles: Record<string, string>
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined)
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined)
const iso = (d: string | Date) => (d instanceof Date ? d.toISOString() : String(d))

export function listingFromProduct(row: ProductRow, locationId: string | null): ListingView {
  const meta = row.metadata ?? {}
  const categoryHandle = present(row.categories).map((c) => c.handle).find((h) => (LISTING_CATEGORIES as readonly string[]).includes(h))
  const category = (categoryHandle ?? "produce") as ListingCategory
  const noticeType = str(meta.notice_type)
  const deliveryType = str(meta.delivery_type)
  const from = num(meta.season_from)
  const to = num(meta.season_to)
  const gift = meta.gift === true
  const citrus = category === "citrus" ? citrusOf(meta, row) : undefined
  const variants = present(row.variants)
  return {
    id: row.id,
    handle: row.handle,
    status: row.status,
    thumbnail: row.thumbnail,
    updated_at: iso(row.updated_at),
    review_reason: str(meta.review_reason) ?? null,
    option_titles: present(row.options).map((o) => o.title),
    variant_titles: Object.fromEntries(variants.map((v) => [v.id, v.title ?? ""])),
    title: row.title,
    ...(row.subtitle ? { subtitle: row.subtitle } : {}),
    description: row.description ?? "",
    category,
    ...(category === "tourism" && (noticeType === "coupon" || noticeType === "goods") ? { notice_type: noticeType } : {}),
    delivery_type: deliveryType === "chilled" || deliveryType === "frozen" ? deliveryType : "normal",
    season: from && to ? { from, to } : null,
    gift,
    origin: str(meta.origin) ?? "",
    images: present(row.images)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((i) => i.url),
    ...(citrus ? { citrus } : {}),
    variants: variants.map((v) => variantOf(v, present(row.options).map((o) => o.title), gift, locationId)),
    notice: noticeOf(meta.info_notice),
  }
}

function noticeOf(value: unknown): NoticeRow[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((row) => {
    const parsed = noticeRowSchema.safeParse(row)
    return parsed.success ? [parsed.data] : []
  })
}

/** metadata.citrus; a seeded product has only `quality`: read as one lot of a variety named in its tags or title. */
function citrusOf(meta: Record<string, unknown>, row: ProductRow): CitrusInfo | undefined {
  const parsed = citrusSchema.safeParse(meta.citrus)
  if (parsed.success) return parsed.data
  const tags = Array.isArray(meta.tags) ? meta.tags.filter((t): t is string => typeof t === "string") : []
  const variety = CITRUS_VARIETIES.find((v) => tags.includes(v) || row.title.includes(v)) ?? "기타"
  const quality = meta.quality as { brix?: unknown; acidity?: unknown } | undefined
  const brix = num(quality?.brix)
  const acidity = num(quality?.acidity)
  const lots = brix !== undefined && acidity !== undefined ? [{ lot: "기존 측정", brix, acidity, measured_on: iso(row.created_at).slice(0, 10) }] : []
  return { variety, lots }
}

/**
 * 중량/크기/구분 map one to one; a seeded product's other options (인원, 손질, …) are folded into
 * `weight` after 중량, so every variant still reads as a distinct combination.
 */
function variantOf(v: VariantRow, optionTitles: string[], gift: boolean, locationId: string | null): ListingVariant {
  const byTitle = new Map(present(v.options).map((o) => [o.option?.title ?? "", o.value]))
  const weightTitles = [OPTION_TITLES.weight, ...optionTitles.filter((t) => t !== OPTION_TITLES.weight)].filter((t) => t !== OPTION_TITLES.size && t !== OPTION_TITLES.use)
  const weight = weightTitles.flatMap((t) => byTitle.get(t) ?? []).join(" / ") || v.title || "-"
  const size = byTitle.get(OPTION_TITLES.size)
  const use = byTitle.get(OPTION_TITLES.use)
  const price = present(v.prices).find((p) => p.currency_code === "krw")?.amount ?? 0
  return {
    id: v.id,
    weight,
    ...(size ? { size } : {}),
    use: (VARIANT_USES as readonly string[]).includes(use ?? "") ? (use as VariantUse) : gift ? "선물용" : "가정용",
    price: Number(price),
    stock: availableStock(v, locationId),
  }
}

/** What can still be sold at the shop's stock location: stocked minus reserved (never below 0). */
export function availableStock(v: VariantRow, locationId: string | null): number {
  const levels = present(v.inventory_items).flatMap((i) => present(i.inventory?.location_levels))
  const here = levels.filter((l) => !locationId || l.location_id === locationId)
  const total = here.reduce((sum, l) => sum + Number(l.stocked_quantity) - Number(l.reserved_quantity), 0)
  return Math.max(0, total)
}
