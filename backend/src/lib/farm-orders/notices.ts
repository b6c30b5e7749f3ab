import { courierName, isCourierCode } from "../couriers"

export const FARM_ORDER_TEMPLATE = "farm-order-placed"
export const ORDER_SHIPPED_TEMPLATE = "order-shipped"

type NoticeItem = {
  product_id?: string | null
  title: string
  product_title?: string | null
  variant_title?: string | null
  quantity?: unknown
  detail?: { quantity?: unknown } | null
  unit_price: unknown
}
type NoticeOrder = { id: string; display_id: number | string | null; metadata?: Record<string, unknown> | null; items?: (NoticeItem | null)[] | null }
export type NoticeFarm = { id: string; name: string; email: string }

export type Notice = { to: string; template: string; idempotency_key: string; data: Record<string, unknown> }

/**
 * One e-mail per farm whose goods the order holds, to the farm's address, listing only its own
 * items (the gift flag tells it to leave prices off the packing slip).
 */
export function farmOrderNotices(order: NoticeOrder, farmOfProduct: ReadonlyMap<string, NoticeFarm>, ordersUrl: (orderId: string) => string): Notice[] {
  const byFarm = new Map<string, { farm: NoticeFarm; items: NoticeItem[] }>()
  for (const item of order.items ?? []) {
    const farm = item?.product_id ? farmOfProduct.get(item.product_id) : undefined
    if (!item || !farm) continue
    const entry = byFarm.get(farm.id) ?? { farm, items: [] }
    entry.items.push(item)
    byFarm.set(farm.id, entry)
  }
  const gift = (order.metadata?.gift as { is_gift?: unknown } | undefined)?.is_gift === true
  return [...byFarm.values()].map(({ farm, items }) => ({
    to: farm.email,
    template: FARM_ORDER_TEMPLATE,
    idempotency_key: `${FARM_ORDER_TEMPLATE}:${order.id}:${farm.id}`,
    data: {
      order_id: order.id,
      display_id: Number(order.display_id),
      farm_name: farm.name,
      gift,
      items: items.map((i) => ({
        title: i.product_title ?? i.title,
        variant_title: i.variant_title ?? null,
        quantity: Number(i.detail?.quantity ?? i.quantity ?? 0),
        unit_price: Math.round(Number(i.unit_price)),
      })),
      order_url: ordersUrl(order.id),
    },
  }))
}

type ShippedFulfillment = {
  id: string
  metadata?: Record<string, unknown> | null
  labels?: ({ tracking_number?: string | null; tracking_url?: string | null } | null)[] | null
  items?: ({ line_item_id?: string | null; title?: string | null; quantity?: unknown } | null)[] | null
  order?: {
    id: string
    display_id: number | string | null
    email?: string | null
    items?: ({ id: string; product_title?: string | null; variant_title?: string | null } | null)[] | null
  } | null
}

/** "한라봉 (3kg / 가정용)": the order line's names, else the fulfillment item's own title. */
function shippedTitle(item: { line_item_id?: string | null; title?: string | null }, order: ShippedFulfillment["order"]): string {
  const line = (order?.items ?? []).find((i) => i?.id === item.line_item_id)
  if (!line?.product_title) return item.title ?? ""
  return line.variant_title ? `${line.product_title} (${line.variant_title})` : line.product_title
}

/** The shopper's e-mail for a shipment: courier, tracking number and the courier's tracking page. */
export function shipmentNotice(fulfillment: ShippedFulfillment): Notice | null {
  const order = fulfillment.order
  const label = (fulfillment.labels ?? []).find(Boolean)
  if (!order?.email || !label?.tracking_number) return null
  const courier = String(fulfillment.metadata?.courier ?? "")
  return {
    to: order.email,
    template: ORDER_SHIPPED_TEMPLATE,
    idempotency_key: `${ORDER_SHIPPED_TEMPLATE}:${fulfillment.id}`,
    data: {
      order_id: order.id,
      display_id: Number(order.display_id),
      courier: isCourierCode(courier) ? courier : null,
      courier_name: isCourierCode(courier) ? courierName(courier) : "택배",
      tracking_number: label.tracking_number,
      tracking_url: label.tracking_url ?? null,
      items: (fulfillment.items ?? []).flatMap((i) => (i ? [{ title: shippedTitle(i, order), quantity: Number(i.quantity ?? 0) }] : [])),
    },
  }
}
