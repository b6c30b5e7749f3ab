import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProductSeed } from "./catalog-schema"
import { uploadProductImages } from "./images"
import { progress } from "./progress"

export type ProductSeedContext = {
  seedDir: string
  salesChannelId: string
  stockLocationId: string
  categoryIds: Map<string, string>
  farms: Map<string, { id: string; shippingProfileId: string }>
  taxTypes: { taxableId: string; exemptId: string }
}

const TAXABLE_NOTICE_TYPES = new Set(["processed", "coupon", "goods"])

/** Creates the products whose handle does not exist yet, linked to their farm, with stock. */
export async function seedProducts(container: MedusaContainer, products: ProductSeed[], ctx: ProductSeedContext) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "product", fields: ["handle"] })
  const have = new Set(existing.map((p) => p.handle))
  const todo = products.filter((p) => !have.has(p.handle))
  const bar = progress("상품", products.length)
  bar.tick(products.length - todo.length)
  for (const product of todo) {
    await createOne(container, product, ctx)
    bar.tick()
  }
  return { created: todo.length, skipped: products.length - todo.length }
}

async function createOne(container: MedusaContainer, p: ProductSeed, ctx: ProductSeedContext) {
  const farm = ctx.farms.get(p.farm)
  const categoryId = ctx.categoryIds.get(p.category)
  if (!farm || !categoryId) throw new Error(`${p.handle}: farm or category missing`)
  const urls = await uploadProductImages(container, ctx.seedDir, p.images)
  await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: p.title,
          subtitle: p.subtitle,
          handle: p.handle,
          description: p.description,
          status: "published",
          thumbnail: urls[0],
          images: urls.map((url) => ({ url })),
          category_ids: [categoryId],
          type_id: TAXABLE_NOTICE_TYPES.has(p.notice_type) ? ctx.taxTypes.taxableId : ctx.taxTypes.exemptId,
          shipping_profile_id: farm.shippingProfileId,
          sales_channels: [{ id: ctx.salesChannelId }],
          origin_country: "kr",
          metadata: {
            delivery_type: p.delivery_type,
            season_from: p.season?.from ?? null,
            season_to: p.season?.to ?? null,
            origin: p.origin,
            gift: p.gift,
            tags: p.tags,
            notice_type: p.notice_type,
            info_notice: p.notice,
            ...(p.quality ? { quality: p.quality } : {}),
          },
          options: p.options,
          variants: p.variants.map((v) => ({
            title: v.title,
            sku: v.sku,
            options: v.options,
            manage_inventory: true,
            weight: v.weight_g,
            prices: [{ currency_code: "krw", amount: v.price }],
          })),
        },
      ],
      additional_data: { farm_id: farm.id },
    },
  })
  await stockVariants(container, p, ctx.stockLocationId)
}

async function stockVariants(container: MedusaContainer, p: ProductSeed, locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = p.variants.map((v) => v.sku)
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"], filters: { sku: skus } })
  const stock = new Map(p.variants.map((v) => [v.sku, v.stock]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationId,
        stocked_quantity: stock.get(item.sku ?? "") ?? 0,
      })),
    },
  })
}
