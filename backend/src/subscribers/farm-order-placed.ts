import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { loadEnvironment } from "../lib/env"
import { farmOrderNotices, type NoticeFarm } from "../lib/farm-orders/notices"

type ProductFarmRow = { id: string; farm?: NoticeFarm | null }

/** A new order: each farm whose goods it holds gets an e-mail listing only its own items. */
export default async function farmOrderPlaced({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "metadata",
      "items.product_id", "items.title", "items.product_title", "items.variant_title", "items.detail.quantity", "items.unit_price",
    ],
    filters: { id: data.id },
  })
  const order = orders[0]
  if (!order) return
  const productIds = [...new Set((order.items ?? []).flatMap((i: { product_id?: string | null } | null) => (i?.product_id ? [i.product_id] : [])))]
  if (!productIds.length) return
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "farm.id", "farm.name", "farm.email"], filters: { id: productIds } })
  const farmOfProduct = new Map((products as ProductFarmRow[]).flatMap((p) => (p.farm ? [[p.id, p.farm] as const] : [])))
  const { STOREFRONT_URL } = loadEnvironment()
  const notices = farmOrderNotices(order, farmOfProduct, (id) => new URL(`/farmer/orders/${id}`, STOREFRONT_URL).toString())
  if (!notices.length) return
  await container.resolve(Modules.NOTIFICATION).createNotifications(notices.map((n) => ({ ...n, channel: "email" })))
}

export const config: SubscriberConfig = { event: OrderWorkflowEvents.PLACED }
