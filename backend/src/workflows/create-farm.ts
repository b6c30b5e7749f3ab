import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { FARM_MODULE } from "../modules/farm"
import { FARM_DELIVERY_PROVIDER_ID } from "../modules/farm-delivery/provider-id"
import { createFarmStep, type CreateFarmStepInput } from "./steps/create-farm"

export type FarmDeliveryOptionInput = { type: "normal" | "chilled" | "frozen"; name: string; price: number }

export type CreateFarmWorkflowInput = {
  farm: CreateFarmStepInput
  /** The service zone (대한민국) the farm's parcels are delivered to. */
  service_zone_id: string
  delivery_options: FarmDeliveryOptionInput[]
}

/**
 * A farm with its own shipping profile and delivery options (일반/냉장/냉동 택배), so each farm's
 * goods travel as their own parcel. Any failing step undoes the ones before it.
 */
export const createFarmWorkflow = createWorkflow("create-farm", (input: CreateFarmWorkflowInput) => {
  const farm = createFarmStep(input.farm)

  const profileInput = transform({ input }, ({ input }) => ({
    data: [{ name: `farm:${input.farm.handle}`, type: "farm" }],
  }))
  const profiles = createShippingProfilesWorkflow.runAsStep({ input: profileInput })

  const links = transform({ farm, profiles }, ({ farm, profiles }) => [
    { [FARM_MODULE]: { farm_id: farm.id }, [Modules.FULFILLMENT]: { shipping_profile_id: profiles[0].id } },
  ])
  createRemoteLinkStep(links)

  const options = transform({ input, profiles }, ({ input, profiles }) =>
    input.delivery_options.map((option) => ({
      name: option.name,
      price_type: "calculated" as const,
      provider_id: FARM_DELIVERY_PROVIDER_ID,
      service_zone_id: input.service_zone_id,
      shipping_profile_id: profiles[0].id,
      type: { label: option.name, description: `${input.farm.name} ${option.name}`, code: option.type },
      data: {
        id: option.type,
        delivery_type: option.type,
        base_price: option.price,
        free_threshold: input.farm.free_shipping_threshold,
      },
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    }))
  )
  createShippingOptionsWorkflow.runAsStep({ input: options })

  return new WorkflowResponse(farm)
})
