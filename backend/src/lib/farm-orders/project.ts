import { courierName, isCourierCode } from "../couriers"
import { paymentConfirmed } from "./payment"
import { seoulDaysBetween } from "./seoul-time"
import type { FarmOrder, FarmOrderItem, FarmScope, FarmShipment, FulfillmentRow, ItemRow, OrderRow } from "./types"

const text = (value: unknown): string => (typeof value === "string" ? value : "")
const iso = (value: string | Date | null | undefined): string | null => (value ? new Date(value).toISOString() : null)

/** How many the order holds of a line (query.graph gives it on the detail, Medusa's workflows on the line). */
export const itemQuantity = (item: ItemRow): number => Number(item.detail?.quantity ?? item.quantity ?? 0)

/** The farm's own line items of the order. */
export function farmItems(order: OrderRow, scope: Pick<FarmScope, "productIds">): ItemRow[] {
  return (order.items ?? []).flatMap((item) => (item?.product_id && scope.productIds.has(item.product_id) ? [item] : []))
}

/** Items not fulfilled yet: what the farm may still ship. */
export function openItemIds(order: OrderRow, scope: Pick<FarmScope, "productIds">): string[] {
  return farmItems(order, scope)
    .filter((item) => Number(item.detail?.fulfilled_quantity ?? 0) < itemQuantity(item))
    .map((item) => item.id)
}

function projectItem(item: ItemRow): FarmOrderItem {
  const quantity = itemQuantity(item)
  const unitPrice = Math.round(Number(item.unit_price))
  return {
    id: item.id,
    product_id: item.product_id ?? "",
    title: item.product_title ?? item.title,
    variant_title: item.variant_title ?? null,
    quantity,
    unit_price: unitPrice,
    total: unitPrice * quantity,
    shipped: Number(item.detail?.shipped_quantity ?? 0) >= quantity,
  }
}

function projectShipment(fulfillment: FulfillmentRow): FarmShipment {
  const courier = text(fulfillment.metadata?.courier)
  const label = (fulfillment.labels ?? []).find(Boolean)
  const code = isCourierCode(courier) ? courier : null
  return {
    id: fulfillment.id,
    courier: code,
    courier_name: code ? courierName(code) : null,
    tracking_number: label?.tracking_number ?? null,
    tracking_url: label?.tracking_url ?? null,
    shipped_at: iso(fulfillment.shipped_at),
    item_ids: [...new Set((fulfillment.items ?? []).flatMap((i) => (i?.line_item_id ? [i.line_item_id] : [])))],
  }
}

/** The farm's shipments of the order: its fulfillments that were not canceled. */
export function farmShipments(order: OrderRow, farmId: string): FarmShipment[] {
  return (order.fulfillments ?? [])
    .flatMap((f) => (f && !f.canceled_at && f.metadata?.farm_id === farmId ? [projectShipment(f)] : []))
    .sort((a, b) => (a.shipped_at ?? "").localeCompare(b.shipped_at ?? ""))
}

function gift(metadata: Record<string, unknown>): FarmOrder["gift"] {
  const value = metadata.gift as { is_gift?: unknown; message?: unknown } | undefined
  return value?.is_gift === true ? { message: text(value.message) } : null
}

/**
 * The order as the farm sees it: only its items, the recipient and the gift message, never
 * payment details nor the other farms' goods. Null when the order holds none of the farm's goods.
 */
export function projectFarmOrder(order: OrderRow, scope: FarmScope, now: Date): FarmOrder | null {
  const items = farmItems(order, scope).map(projectItem)
  if (!items.length) return null
  const address = order.shipping_address ?? {}
  const metadata = order.metadata ?? {}
  const method = (order.shipping_methods ?? []).find((m) => m?.shipping_option_id && scope.options.has(m.shipping_option_id))
  const option = method?.shipping_option_id ? scope.options.get(method.shipping_option_id) : undefined
  const canceled = order.status === "canceled" || Boolean(order.canceled_at)
  const placedAt = new Date(order.created_at)
  const unshipped = items.some((i) => !i.shipped)
  return {
    id: order.id,
    display_id: Number(order.display_id),
    placed_at: placedAt.toISOString(),
    canceled,
    payment_confirmed: paymentConfirmed(order),
    days_waiting: unshipped && !canceled ? seoulDaysBetween(placedAt, now) : 0,
    recipient: {
      // Korean names are kept whole in first_name (last_name empty); older orders may split them.
      name: `${text(address.last_name)}${text(address.first_name)}`.trim(),
      phone: text(address.phone),
      postal_code: text(address.postal_code),
      address_1: text(address.address_1),
      address_2: text(address.address_2),
    },
    gift: gift(metadata),
    delivery_memo: text(metadata.delivery_memo).trim() || null,
    delivery: option ? { type: option.type, name: method?.name || option.name } : null,
    items,
    shipments: farmShipments(order, scope.farmId),
  }
}

/** Waiting to ship: paid, not canceled, with items of the farm still to send. */
export const isWaiting = (order: FarmOrder) => order.payment_confirmed && !order.canceled && order.items.some((i) => !i.shipped)

/** Every item of the farm is on its way. */
export const isShipped = (order: FarmOrder) => !order.canceled && order.items.every((i) => i.shipped)
