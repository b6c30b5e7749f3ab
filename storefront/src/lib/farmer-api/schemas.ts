import { z } from "zod"

/**
 * The shapes of the /farmer routes (docs/farmer-api.md), in one place: when the backend's answer
 * changes shape, this file is the one edit. Reads are lenient where the contract leaves room
 * (nullish text, numeric strings), strict where the page depends on a value.
 */

export const LISTING_CATEGORIES = ["citrus", "produce", "seafood", "livestock", "processed", "tourism"] as const
export type ListingCategory = (typeof LISTING_CATEGORIES)[number]
export const DELIVERY_TYPES = ["normal", "chilled", "frozen"] as const
export type ListingDeliveryType = (typeof DELIVERY_TYPES)[number]
export const VARIETIES = ["한라봉", "천혜향", "레드향", "황금향", "카라향", "노지감귤", "하우스감귤", "기타"] as const
export type Variety = (typeof VARIETIES)[number]
export const USES = ["가정용", "선물용"] as const
export type VariantUse = (typeof USES)[number]
export const LISTING_STATES = ["draft", "in_review", "live", "rejected"] as const
export type ListingState = (typeof LISTING_STATES)[number]

/** What POST /farmer/products and POST /farmer/products/:id take. */
export type ListingInput = {
  title: string
  subtitle?: string
  description: string
  category: ListingCategory
  notice_type?: "coupon" | "goods"
  delivery_type: ListingDeliveryType
  season: { from: number; to: number } | null
  gift: boolean
  origin: string
  images: string[]
  citrus?: {
    variety: Variety
    heated_greenhouse?: boolean
    lots: { lot: string; brix: number; acidity: number; measured_on: string }[]
  }
  variants: { id?: string; weight: string; size?: string; use: VariantUse; price: number; stock: number }[]
  notice: { label: string; value: string }[]
}

const text = z.string().nullish().transform((v) => v ?? "")
const num = z.coerce.number()
const id = z.union([z.string(), z.number()]).transform(String)

const variantIn = z.object({
  id: z.string().nullish(),
  weight: text,
  size: text,
  use: text,
  price: num.nullish(),
  stock: num.nullish(),
})
const lotIn = z.object({ lot: text, brix: num, acidity: num, measured_on: text })
const citrusIn = z.object({ variety: text, heated_greenhouse: z.boolean().nullish(), lots: z.array(lotIn).nullish() })

/** ListingInput as the backend hands it back (drafts may miss parts, so every part is optional). */
const listingIn = z.object({
  title: text,
  subtitle: text,
  description: text,
  category: text,
  notice_type: text,
  delivery_type: text,
  season: z.object({ from: num, to: num }).nullish(),
  gift: z.boolean().nullish(),
  origin: text,
  images: z.array(z.string()).nullish(),
  citrus: citrusIn.nullish(),
  variants: z.array(variantIn).nullish(),
  notice: z.array(z.object({ label: z.string(), value: text })).nullish(),
})
export type ListingRead = z.infer<typeof listingIn>
type ListingKey = keyof typeof listingIn.shape

/** Only the parts a pending change holds (absent parts must not read as emptied). */
const pendingIn = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((raw, ctx): Partial<ListingRead> | null => {
    if (!raw) return null
    const keys = Object.keys(raw).filter((k): k is ListingKey => k in listingIn.shape && raw[k] !== null && raw[k] !== undefined)
    const mask = Object.fromEntries(keys.map((k) => [k, true])) as Partial<Record<ListingKey, true>>
    const parsed = listingIn.pick(mask).safeParse(raw)
    if (parsed.success) return parsed.data as Partial<ListingRead>
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path })
    return z.NEVER
  })

export const productDetailSchema = z.object({
  product: listingIn.extend({
    id: z.string(),
    state: z.enum(LISTING_STATES),
    review_reason: z.string().nullish(),
    pending_change: pendingIn,
  }),
})
export type ListingDetail = z.infer<typeof productDetailSchema>["product"]

export const productListSchema = z.object({
  products: z.array(
    z.object({
      id: z.string(),
      title: text,
      thumbnail: z.string().nullish(),
      state: z.enum(LISTING_STATES),
      review_reason: z.string().nullish(),
      // The list may carry the change itself or just a flag: either way it means 변경 심사중.
      pending_change: z.unknown().transform((v) => Boolean(v)),
      category: text,
      variants: z.array(z.object({ id: z.string(), title: text, price: num.nullish(), stock: num.nullish() })).nullish(),
      updated_at: z.string().nullish(),
    })
  ),
})
export type ListingSummary = z.infer<typeof productListSchema>["products"][number]

/** A write's answer: only the product's id and state are used (the page reads it again). */
export const productWriteSchema = z.object({ product: z.object({ id: z.string(), state: z.enum(LISTING_STATES).optional() }) })

export const uploadsSchema = z.object({ uploads: z.array(z.object({ url: z.string().min(1) })) })

const shipmentIn = z.object({
  id: z.string(),
  courier: text,
  courier_name: text,
  tracking_number: text,
  tracking_url: z.string().nullish(),
  shipped_at: z.string().nullish(),
  item_ids: z.array(z.string()).nullish(),
})
export type FarmShipment = z.infer<typeof shipmentIn>

const farmOrderIn = z.object({
  id: z.string(),
  display_id: id,
  placed_at: z.string(),
  canceled: z.boolean().nullish().transform((v) => v ?? false),
  payment_confirmed: z.boolean(),
  days_waiting: num,
  recipient: z.object({ name: text, phone: text, postal_code: text, address_1: text, address_2: text }),
  gift: z.object({ message: text }).nullish(),
  delivery_memo: z.string().nullish(),
  delivery: z.object({ type: text, name: text }).nullish(),
  items: z.array(
    z.object({
      id: z.string(),
      product_id: z.string().nullish(),
      title: text,
      variant_title: text,
      quantity: num,
      unit_price: num,
      total: num,
      shipped: z.boolean(),
    })
  ),
  shipments: z.array(shipmentIn).nullish().transform((v) => v ?? []),
})
export type FarmOrder = z.infer<typeof farmOrderIn>
export const ordersSchema = z.object({ orders: z.array(farmOrderIn) })
export const orderSchema = z.object({ order: farmOrderIn })
export const shipmentWriteSchema = z.object({ shipment: shipmentIn })

export const dashboardSchema = z.object({
  waiting: z.array(z.object({ id: z.string(), display_id: id, placed_at: z.string(), days_waiting: num, item_count: num })),
  low_stock: z.array(z.object({ product_id: z.string(), variant_id: z.string(), title: text, stock: num })),
  sales: z.object({ week: num, month: num }),
})
export type FarmDashboard = z.infer<typeof dashboardSchema>

export const csvReportSchema = z.object({
  report: z.object({
    applied: num,
    already: num,
    failed: num,
    rows: z.array(z.object({ line: num, order: text, status: z.enum(["applied", "already", "error"]), message: text })),
  }),
})
export type CsvReport = z.infer<typeof csvReportSchema>["report"]

export const settlementsSchema = z.object({
  statements: z.array(
    z.object({
      id: z.string(),
      period_start: z.string(),
      period_end: z.string(),
      sales: num,
      refunds: num,
      commission: num,
      net: num,
      status: text,
      paid_at: z.string().nullish(),
    })
  ),
})
export type Statement = z.infer<typeof settlementsSchema>["statements"][number]

export const membersSchema = z.object({
  members: z.array(z.object({ id: z.string(), name: text, email: text, phone: text, role: text })),
  invites: z
    .array(z.object({ id: z.string(), email: text, name: text, expires_at: z.string().nullish(), accepted_at: z.string().nullish() }))
    .nullish()
    .transform((v) => v ?? []),
})
export type FarmMembers = z.infer<typeof membersSchema>

export const inviteWriteSchema = z.object({ invite: z.object({ id: z.string() }) })
export const memberWriteSchema = z.object({ member: z.object({ id: z.string() }) })
