import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FarmSeed } from "./catalog-schema"
import { createFarmWorkflow } from "../../workflows/create-farm"
import { progress } from "./progress"

/** Creates the farms that do not exist yet (by handle); returns handle → farm id and shipping profile id. */
export async function seedFarms(container: MedusaContainer, farms: FarmSeed[], serviceZoneId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const bar = progress("농가", farms.length)
  const byHandle = new Map<string, { id: string; shippingProfileId: string }>()
  const find = async (handle: string) => {
    const { data } = await query.graph({ entity: "farm", fields: ["id", "shipping_profile.id"], filters: { handle } })
    const farm = data[0]
    return farm ? { id: farm.id, shippingProfileId: farm.shipping_profile?.id } : undefined
  }
  for (const seed of farms) {
    let found = await find(seed.handle)
    if (!found) {
      const { delivery, certifications, ...profile } = seed
      await createFarmWorkflow(container).run({
        input: {
          farm: { ...profile, certifications: { items: certifications }, status: "approved", free_shipping_threshold: delivery.free_threshold },
          service_zone_id: serviceZoneId,
          delivery_options: delivery.options,
        },
      })
      found = await find(seed.handle)
    }
    if (!found?.shippingProfileId) throw new Error(`farm ${seed.handle} has no shipping profile`)
    byHandle.set(seed.handle, { id: found.id, shippingProfileId: found.shippingProfileId })
    bar.tick()
  }
  return byHandle
}
