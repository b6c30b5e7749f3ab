import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { farmDeliveryOptionDataSchema } from "../../modules/farm-delivery/delivery-price"
import { projectFarmOrder } from "./project"
import type { FarmOrder, FarmScope, OrderRow } from "./types"

/** What a farm's view of an order is built from (payment collections only for their captured state). */
export const ORDER_FIELDS = [
  "id", "display_id", "created_at", "status", "canceled_at", "metadata",
  "shipping_address.first_name", "shipping_address.last_name", "shipping_address.phone",
  "shipping_address.postal_code", "shipping_address.address_1", "shipping_address.address_2",
  "items.id", "items.product_id", "items.title", "items.product_title", "items.variant_title",
  "items.quantity", "items.unit_price", "items.detail.quantity", "items.detail.fulfilled_quantity", "items.detail.shipped_quantity",
  "shipping_methods.id", "shipping_methods.name", "shipping_methods.shipping_option_id",
  "payment_collections.status", "payment_collections.amount", "payment_collections.captured_amount",
  "fulfillments.id", "fulfillments.shipped_at", "fulfillments.canceled_at", "fulfillments.metadata",
  "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url", "fulfillments.items.line_item_id",
]

/** Medusa's Query (from the container under ContainerRegistrationKeys.QUERY). */
export type Query = Pick<RemoteQueryFunction, "graph">

type FarmRow = { products?: ({ id: string } | null)[] | null; shipping_profile?: { id: string } | null }
type OptionRow = { id: string; name: string; data?: Record<string, unknown> | null }

/** The farm's products and delivery options: what tells its items and its parcel apart in an order. */
export async function loadFarmScope(query: Query, farmId: string): Promise<FarmScope> {
  const { data } = await query.graph({ entity: "farm", fields: ["id", "products.id", "shipping_profile.id"], filters: { id: farmId } })
  const farm = data[0] as FarmRow | undefined
  const productIds = new Set((farm?.products ?? []).flatMap((p) => (p ? [p.id] : [])))
  const options = new Map<string, { type: string; name: string }>()
  const profileId = farm?.shipping_profile?.id
  if (profileId) {
    const { data: rows } = await query.graph({ entity: "shipping_option", fields: ["id", "name", "data"], filters: { shipping_profile_id: profileId } })
    for (const row of rows as OptionRow[]) {
      const parsed = farmDeliveryOptionDataSchema.safeParse(row.data)
      options.set(row.id, { type: parsed.success ? parsed.data.delivery_type : "normal", name: row.name })
    }
  }
  return { farmId, productIds, options }
}

/** Ids of the orders holding any of the farm's products (placed since `since`, when given). */
export async function farmOrderIds(query: Query, scope: FarmScope, since?: Date): Promise<string[]> {
  if (!scope.productIds.size) return []
  const filters: Record<string, unknown> = { items: { product_id: [...scope.productIds] }, is_draft_order: false }
  if (since) filters.created_at = { $gte: since.toISOString() }
  const { data } = await query.graph({ entity: "order", fields: ["id"], filters })
  return [...new Set((data as { id: string }[]).map((o) => o.id))]
}

/** Orders by id, as query.graph rows (100 at a time). */
export async function loadOrderRows(query: Query, ids: readonly string[]): Promise<OrderRow[]> {
  const rows: OrderRow[] = []
  for (let i = 0; i < ids.length; i += 100) {
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: ids.slice(i, i + 100) } })
    rows.push(...(data as OrderRow[]))
  }
  return rows
}

/** Every order of the farm, as the farm sees it. */
export async function listFarmOrders(query: Query, scope: FarmScope, now: Date, since?: Date): Promise<FarmOrder[]> {
  const rows = await loadOrderRows(query, await farmOrderIds(query, scope, since))
  return rows.flatMap((row) => {
    const order = projectFarmOrder(row, scope, now)
    return order ? [order] : []
  })
}

/** One order of the farm by id or by its number (display_id); null when it holds none of the farm's goods. */
export async function findFarmOrder(
  query: Query,
  scope: FarmScope,
  by: { id: string } | { display_id: number },
  now: Date
): Promise<{ row: OrderRow; order: FarmOrder } | null> {
  // display_id is typed as text in Medusa's generated filter types.
  const key = "id" in by ? { id: by.id } : { display_id: String(by.display_id) }
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { ...key, is_draft_order: false } })
  const row = data[0] as OrderRow | undefined
  const order = row ? projectFarmOrder(row, scope, now) : null
  return row && order ? { row, order } : null
}
