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
  for (const seed of farms) {
    const { data } = await query.graph({ entity: "farm", fields: ["id", "shipping_profile.id"], filters: { handle: seed.handle } })
    let found = data[0] as { id: string; shipping_profile?: { id: string } | null } | undefined
    if (!found) {
      const { delivery, certifications, ...profile } = seed
      await createFarmWorkflow(container).run({
        input: {
          farm: { ...profile, certifications: { items: certifications }, status: "approved", free_shipping_threshold: delivery.free_threshold },
          service_zone_id: serviceZoneId,
          delivery_options: delivery.options,
        },
      })
      const again = await query.graph({ entity: "farm", fields: ["id", "shipping_profile.id"], filters: { handle: seed.handle } })
      found = again.data[0] as typeof found
    }
    if (!found?.shipping_profile?.id) throw new Error(`farm ${seed.handle} has no shipping profile`)
    byHandle.set(seed.handle, { id: found.id, shippingProfileId: found.shipping_profile.id })
    bar.tick()
  }
  return byHandle
}
