import type { CourierCode } from "../couriers"

/** An order as read by query.graph with ORDER_FIELDS (amounts may come back as numbers or strings). */
export type OrderRow = {
  id: string
  display_id: number | string
  created_at: string | Date
  status: string
  canceled_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  shipping_address?: AddressRow | null
  items?: (ItemRow | null)[] | null
  shipping_methods?: ({ id: string; name: string; shipping_option_id?: string | null } | null)[] | null
  payment_collections?: ({ status?: string | null; amount?: unknown; captured_amount?: unknown } | null)[] | null
  fulfillments?: (FulfillmentRow | null)[] | null
}

export type AddressRow = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  postal_code?: string | null
  address_1?: string | null
  address_2?: string | null
}

export type ItemRow = {
  id: string
  product_id?: string | null
  title: string
  product_title?: string | null
  variant_title?: string | null
  /** Empty from query.graph: an order line's quantity lives on its detail (the order item). */
  quantity?: unknown
  unit_price: unknown
  detail?: { quantity?: unknown; fulfilled_quantity?: unknown; shipped_quantity?: unknown } | null
}

export type FulfillmentRow = {
  id: string
  shipped_at?: string | Date | null
  canceled_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  labels?: ({ tracking_number?: string | null; tracking_url?: string | null } | null)[] | null
  items?: ({ line_item_id?: string | null } | null)[] | null
}

/** What the projection needs to know of the caller's farm. */
export type FarmScope = {
  farmId: string
  productIds: ReadonlySet<string>
  /** The farm's delivery options (shipping option id → type and name). */
  options: ReadonlyMap<string, { type: string; name: string }>
}

export type FarmOrderItem = {
  id: string
  product_id: string
  title: string
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
  shipped: boolean
}

export type FarmShipment = {
  id: string
  courier: CourierCode | null
  courier_name: string | null
  tracking_number: string | null
  tracking_url: string | null
  shipped_at: string | null
  item_ids: string[]
}

/** One order as a farm sees it: its own items only, never the shopper's payment details. */
export type FarmOrder = {
  id: string
  display_id: number
  placed_at: string
  canceled: boolean
  payment_confirmed: boolean
  days_waiting: number
  recipient: { name: string; phone: string; postal_code: string; address_1: string; address_2: string }
  gift: { message: string } | null
  delivery_memo: string | null
  delivery: { type: string; name: string } | null
  items: FarmOrderItem[]
  shipments: FarmShipment[]
}
