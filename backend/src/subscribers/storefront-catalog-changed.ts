import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadEnvironment } from "../lib/env"
import { productTags, revalidateStorefront } from "../lib/storefront-revalidation"

type ChangeEvent = { id: string }

/** The product a product or variant event is about: its handle names the storefront's cache tag. */
async function productHandle(container: SubscriberArgs<ChangeEvent>["container"], eventName: string, id: string): Promise<string | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (eventName.startsWith("product-variant.")) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product.handle"], filters: { id }, withDeleted: true })
    return data[0]?.product?.handle ?? null
  }
  const { data } = await query.graph({ entity: "product", fields: ["handle"], filters: { id }, withDeleted: true })
  return data[0]?.handle ?? null
}

/**
 * A product, variant or price changed: tell the storefront which cached pages to drop. Only when
 * REVALIDATE_SECRET is set (the launcher sets it); a storefront that is down is only logged.
 */
export default async function storefrontCatalogChanged({ event, container }: SubscriberArgs<ChangeEvent>) {
  const env = loadEnvironment()
  if (!env.REVALIDATE_SECRET) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const handle = await productHandle(container, event.name, event.data.id)
    await revalidateStorefront({ storefrontUrl: env.STOREFRONT_URL, secret: env.REVALIDATE_SECRET }, productTags(handle))
  } catch (error) {
    logger.warn(`storefront revalidation after ${event.name} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
  ],
}
