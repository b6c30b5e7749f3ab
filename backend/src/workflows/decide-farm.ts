import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, linkProductsToSalesChannelWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { FarmDecision } from "../lib/farm-decision"
import { setFarmStatusStep } from "./steps/set-farm-status"

export type DecideFarmInput = { farm_id: string; decision: FarmDecision; reason: string | null; sales_channel_id: string }

/**
 * The department's decision on a farm. Suspending takes the farm's products out of the shop's
 * sales channel (they stay the farmer's, and its past orders stay readable); reinstating puts
 * them back. `farm.updated` lets the search index follow. Every step is undone if one fails.
 */
export const decideFarmWorkflow = createWorkflow("decide-farm", (input: DecideFarmInput) => {
  const { farm } = setFarmStatusStep(input)
  const { data: farms } = useQueryGraphStep({ entity: "farm", fields: ["products.id"], filters: { id: input.farm_id } })
  const productIds = transform({ farms }, ({ farms }) => (farms[0]?.products ?? []).flatMap((p: { id: string } | null) => (p ? [p.id] : [])))
  const change = transform({ input, productIds }, ({ input, productIds }) => ({
    id: input.sales_channel_id,
    ...(input.decision === "suspend" ? { remove: productIds } : { add: productIds }),
  }))
  when({ input, productIds }, ({ input, productIds }) => productIds.length > 0 && (input.decision === "suspend" || input.decision === "reinstate")).then(() => {
    linkProductsToSalesChannelWorkflow.runAsStep({ input: change })
  })
  emitEventStep({ eventName: "farm.updated", data: { id: input.farm_id } })
  return new WorkflowResponse(farm)
})
