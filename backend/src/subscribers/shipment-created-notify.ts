import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { shipmentNotice } from "../lib/farm-orders/notices"

/** A parcel left the farm: the shopper gets the courier, tracking number and tracking link. */
export default async function shipmentCreatedNotify({ event: { data }, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (data.no_notification) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: fulfillments } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id", "metadata", "labels.tracking_number", "labels.tracking_url", "items.line_item_id", "items.title", "items.quantity",
      "order.id", "order.display_id", "order.email", "order.items.id", "order.items.product_title", "order.items.variant_title",
    ],
    filters: { id: data.id },
  })
  const notice = fulfillments[0] ? shipmentNotice(fulfillments[0]) : null
  if (!notice) return
  await container.resolve(Modules.NOTIFICATION).createNotifications({ ...notice, channel: "email" })
}

export const config: SubscriberConfig = { event: FulfillmentWorkflowEvents.SHIPMENT_CREATED }
