import { noticeLabelsFor } from "./notice-labels"
import { LISTING_CATEGORIES, type ListingCategory, type ListingDetail, type ListingRead } from "./schemas"

/**
 * The product form's values as typed (strings, so a wrong entry is shown back as it was), how they
 * are read from the submitted FormData, and how a stored listing fills the form. Pure: unit-tested.
 */

export type VariantRow = { id: string; weight: string; size: string; use: string; price: string; stock: string }
export type LotRow = { lot: string; brix: string; acidity: string; measured_on: string }

export type ListingFormValues = {
  id: string
  title: string
  subtitle: string
  description: string
  category: string
  notice_type: string
  delivery_type: string
  all_year: boolean
  season_from: string
  season_to: string
  gift: boolean
  origin: string
  /** Photo URLs from POST /farmer/uploads; the first is the thumbnail. */
  images: string[]
  variety: string
  heated: boolean
  variants: VariantRow[]
  lots: LotRow[]
  /** 상품정보제공고시 values by label. */
  notice: Record<string, string>
}

export const VARIANT_FIELDS = ["id", "weight", "size", "use", "price", "stock"] as const
export const LOT_FIELDS = ["lot", "brix", "acidity", "measured_on"] as const
export const MAX_ROWS = 30

/** Input names of the repeated rows: `variant_price_0`, `lot_brix_1`, `notice_value_2`. */
export const variantName = (field: (typeof VARIANT_FIELDS)[number], row: number) => `variant_${field}_${row}`
export const lotName = (field: (typeof LOT_FIELDS)[number], row: number) => `lot_${field}_${row}`
export const noticeLabelName = (row: number) => `notice_label_${row}`
export const noticeValueName = (row: number) => `notice_value_${row}`

export const blankVariant = (): VariantRow => ({ id: "", weight: "", size: "", use: "가정용", price: "", stock: "" })
export const blankLot = (): LotRow => ({ lot: "", brix: "", acidity: "", measured_on: "" })

export function emptyListingValues(): ListingFormValues {
  return {
    id: "",
    title: "",
    subtitle: "",
    description: "",
    category: "",
    notice_type: "coupon",
    delivery_type: "normal",
    all_year: false,
    season_from: "",
    season_to: "",
    gift: false,
    origin: "",
    images: [],
    variety: "",
    heated: false,
    variants: [blankVariant()],
    lots: [],
    notice: {},
  }
}

export function asCategory(value: string): ListingCategory | "" {
  return (LISTING_CATEGORIES as readonly string[]).includes(value) ? (value as ListingCategory) : ""
}

/** The submitted form, as typed. */
export function readListingForm(form: FormData): ListingFormValues {
  const get = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value : ""
  }
  const rows = <F extends string, R>(fields: readonly F[], name: (field: F, row: number) => string): R[] => {
    const out: R[] = []
    for (let row = 0; row < MAX_ROWS && form.has(name(fields[0], row)); row++) {
      out.push(Object.fromEntries(fields.map((f) => [f, get(name(f, row))])) as R)
    }
    return out
  }
  const notice: Record<string, string> = {}
  for (let row = 0; row < MAX_ROWS && form.has(noticeLabelName(row)); row++) notice[get(noticeLabelName(row))] = get(noticeValueName(row))
  return {
    id: get("id"),
    title: get("title"),
    subtitle: get("subtitle"),
    description: get("description"),
    category: get("category"),
    notice_type: get("notice_type") || "coupon",
    delivery_type: get("delivery_type"),
    all_year: form.get("all_year") === "1",
    season_from: get("season_from"),
    season_to: get("season_to"),
    gift: form.get("gift") === "1",
    origin: get("origin"),
    images: form.getAll("image").filter((v): v is string => typeof v === "string" && v !== ""),
    variety: get("variety"),
    heated: form.get("heated") === "1",
    variants: rows<(typeof VARIANT_FIELDS)[number], VariantRow>(VARIANT_FIELDS, variantName),
    lots: rows<(typeof LOT_FIELDS)[number], LotRow>(LOT_FIELDS, lotName),
    notice,
  }
}

const numText = (n: number | null | undefined) => (typeof n === "number" && Number.isFinite(n) ? String(n) : "")

/** A stored listing, with its pending change (what the farmer last sent) over the live version. */
export function listingValues(detail: ListingDetail): ListingFormValues {
  const p: ListingRead = { ...detail, ...detail.pending_change }
  const notice: Record<string, string> = {}
  for (const row of p.notice ?? []) notice[row.label] = row.value
  return {
    id: detail.id,
    title: p.title,
    subtitle: p.subtitle,
    description: p.description,
    category: asCategory(p.category),
    notice_type: p.notice_type || "coupon",
    delivery_type: p.delivery_type || "normal",
    all_year: p.season === null,
    season_from: numText(p.season?.from),
    season_to: numText(p.season?.to),
    gift: p.gift ?? false,
    origin: p.origin,
    images: p.images ?? [],
    variety: p.citrus?.variety ?? "",
    heated: p.citrus?.heated_greenhouse ?? false,
    variants: p.variants?.length
      ? p.variants.map((v) => ({ id: v.id ?? "", weight: v.weight, size: v.size, use: v.use || "가정용", price: numText(v.price), stock: numText(v.stock) }))
      : [blankVariant()],
    lots: (p.citrus?.lots ?? []).map((l) => ({ lot: l.lot, brix: numText(l.brix), acidity: numText(l.acidity), measured_on: l.measured_on.slice(0, 10) })),
    notice,
  }
}

/** The notice rows the form shows for the chosen category, with what was typed for each label. */
export function noticeRows(values: Pick<ListingFormValues, "category" | "notice_type" | "notice">): { label: string; value: string }[] {
  return noticeLabelsFor(asCategory(values.category), values.notice_type).map((label) => ({ label, value: values.notice[label] ?? "" }))
}
