import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadEnvironment } from "../lib/env"
import { revalidateStorefront } from "../lib/storefront-revalidation"

/**
 * A farm's status changed (approved, suspended, reinstated): the storefront drops its cached farm
 * list, the farm's page and its products' pages, so a suspended farm's goods leave the shop at once.
 */
export default async function storefrontFarmChanged({ event, container }: SubscriberArgs<{ id: string }>) {
  const env = loadEnvironment()
  if (!env.REVALIDATE_SECRET) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "farm", fields: ["handle", "products.handle"], filters: { id: event.data.id } })
    // Typed here: the generated query types (.medusa/types) do not exist before the first build.
    const farm = data[0] as { handle: string; products?: ({ handle?: string } | null)[] | null } | undefined
    if (!farm) return
    const products = (farm.products ?? []).flatMap((p) => (p?.handle ? [`product-${p.handle}`] : []))
    // The storefront takes at most 50 tags a call.
    const tags = ["farms", "products", `farm-${farm.handle}`, ...products]
    for (let i = 0; i < tags.length; i += 50) {
      await revalidateStorefront({ storefrontUrl: env.STOREFRONT_URL, secret: env.REVALIDATE_SECRET }, tags.slice(i, i + 50))
    }
  } catch (error) {
    logger.warn(`storefront revalidation after ${event.name} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export const config: SubscriberConfig = { event: "farm.updated" }
