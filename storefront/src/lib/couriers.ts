/**
 * The couriers a farm ships with (docs/farmer-api.md): the code the backend takes and the name a
 * Korean reads. Also the shopper's view of an order's parcels, from Medusa's fulfillments.
 */
export const COURIERS = [
  { code: "cj", name: "CJ대한통운" },
  { code: "epost", name: "우체국택배" },
  { code: "hanjin", name: "한진택배" },
  { code: "lotte", name: "롯데택배" },
  { code: "logen", name: "로젠택배" },
] as const

export type CourierCode = (typeof COURIERS)[number]["code"]

export function isCourierCode(value: unknown): value is CourierCode {
  return typeof value === "string" && COURIERS.some((c) => c.code === value)
}

/** "cj" → "CJ대한통운"; an unknown code is shown as it is; nothing → null. */
export function courierName(code: string | null | undefined): string | null {
  if (!code) return null
  return COURIERS.find((c) => c.code === code)?.name ?? code
}

/**
 * A 송장번호 as farmers type it ("6789-1234-5678", spaces): digits only. Couriers' numbers are
 * 9 to 14 digits (the backend's rule); null when it cannot be one.
 */
export function trackingDigits(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "")
  return /^\d{9,14}$/.test(digits) ? digits : null
}

/** One farm's parcel on the shopper's order page. */
export type Parcel = { id: string; courier: string | null; trackingNumber: string; trackingUrl: string | null; shippedAt: string | null; farm: string | null; items: string[] }

type LabelLike = { tracking_number?: string | null; tracking_url?: string | null }
type ItemLike = { id?: string | null; line_item_id?: string | null; title?: string | null; product_title?: string | null; variant_title?: string | null; quantity?: number | null }
type FulfillmentLike = {
  id: string
  shipped_at?: string | Date | null
  canceled_at?: string | Date | null
  labels?: LabelLike[] | null
  metadata?: Record<string, unknown> | null
  items?: ItemLike[] | null
}
type OrderLike = { fulfillments?: readonly FulfillmentLike[] | null; items?: readonly ItemLike[] | null }

const str = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null)

/** Only http(s) links leave the page: a stored URL is never trusted to be a safe scheme. */
function safeUrl(url: unknown): string | null {
  if (typeof url !== "string" || !url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null
  } catch {
    return null
  }
}

const itemText = (i: ItemLike) => {
  const name = [i.product_title ?? i.title, i.variant_title].filter(Boolean).join(" ")
  return `${name}${i.quantity ? ` × ${i.quantity}` : ""}`.trim()
}

/** The fulfillment's goods: its own items when the route gives them, else metadata.item_ids. */
function parcelItems(f: FulfillmentLike, orderItems: readonly ItemLike[]): string[] {
  if (f.items?.length) return f.items.map(itemText).filter(Boolean)
  const ids = Array.isArray(f.metadata?.item_ids) ? f.metadata.item_ids.filter((v): v is string => typeof v === "string") : []
  return orderItems.filter((i) => i.id && ids.includes(i.id)).map(itemText).filter(Boolean)
}

/**
 * The order's shipped parcels: one per tracking label of each shipped (not cancelled) fulfillment.
 * The farm's shipping writes the label {tracking_number, tracking_url}; Medusa's store order route
 * may not hand labels out, so the same values are also read from the fulfillment's metadata, with
 * the courier (`courier` code or `courier_name`), `farm_name` and `item_ids`.
 */
export function orderParcels(order: OrderLike): Parcel[] {
  const parcels: Parcel[] = []
  for (const f of order.fulfillments ?? []) {
    if (!f.shipped_at || f.canceled_at) continue
    const meta = f.metadata ?? {}
    const courier = str(meta.courier_name) ?? courierName(str(meta.courier))
    const shippedAt = f.shipped_at instanceof Date ? f.shipped_at.toISOString() : f.shipped_at
    const items = parcelItems(f, order.items ?? [])
    const labels: LabelLike[] = f.labels?.length ? f.labels : [{ tracking_number: str(meta.tracking_number), tracking_url: str(meta.tracking_url) }]
    for (const [n, label] of labels.entries()) {
      const trackingNumber = str(label.tracking_number)
      if (!trackingNumber) continue
      parcels.push({ id: `${f.id}-${n}`, courier, trackingNumber, trackingUrl: safeUrl(label.tracking_url), shippedAt, farm: str(meta.farm_name), items })
    }
  }
  return parcels
}
