import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planFarmShipmentStep, type PlanFarmShipmentInput } from "./steps/plan-farm-shipment"

export type ShipFarmItemsInput = PlanFarmShipmentInput & { member_id: string }

/**
 * A farm hands its parcel to the courier: Medusa's fulfillment for the farm's items (metadata
 * {courier, farm_id}), marked shipped with the tracking label, so Medusa emits
 * `shipment.created` and the shopper's order links the courier's tracking page. One shipment
 * per order at a time (lock), and a failure undoes the fulfillment.
 */
export const shipFarmItemsWorkflow = createWorkflow("ship-farm-items", (input: ShipFarmItemsInput) => {
  const lockKey = transform({ input }, ({ input }) => `farm-shipment:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const plan = planFarmShipmentStep(input)

  const fulfillmentInput = transform({ input, plan }, ({ input, plan }) => ({
    order_id: input.order_id,
    created_by: input.member_id,
    items: plan.items,
    shipping_option_id: plan.shipping_option_id,
    metadata: plan.metadata,
  }))
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({ input: fulfillmentInput })

  const shipmentInput = transform({ input, plan, fulfillment }, ({ input, plan, fulfillment }) => ({
    order_id: input.order_id,
    fulfillment_id: fulfillment.id,
    created_by: input.member_id,
    items: plan.items,
    labels: [plan.label],
  }))
  createOrderShipmentWorkflow.runAsStep({ input: shipmentInput })
  releaseLockStep({ key: lockKey })

  const result = transform({ fulfillment }, ({ fulfillment }) => ({ fulfillment_id: fulfillment.id }))
  return new WorkflowResponse(result)
})
