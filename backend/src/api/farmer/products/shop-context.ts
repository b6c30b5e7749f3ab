import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { ProductContext } from "../../../lib/listing/to-product"
import { TAX_TYPES } from "../../../scripts/seed/categories"

export type ShopContext = ProductContext & { salesChannelId: string; locationId: string }

/** The ids every listing write needs: the shop's sales channel and stock location, categories, VAT types. */
export async function shopContext(scope: MedusaContainer): Promise<ShopContext> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [[store], { data: categories }, { data: types }, { data: locations }] = await Promise.all([
    scope.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id", "default_location_id"] }),
    query.graph({ entity: "product_category", fields: ["id", "handle"] }),
    query.graph({ entity: "product_type", fields: ["id", "value"], filters: { value: Object.values(TAX_TYPES) } }),
    query.graph({ entity: "stock_location", fields: ["id"], pagination: { take: 1, order: { created_at: "ASC" } } }),
  ])
  const typeId = (value: string) => (types as { id: string; value: string }[]).find((t) => t.value === value)?.id
  const taxableId = typeId(TAX_TYPES.taxable)
  const exemptId = typeId(TAX_TYPES.exempt)
  const locationId = store?.default_location_id ?? (locations[0] as { id: string } | undefined)?.id
  if (!store?.default_sales_channel_id || !locationId || !taxableId || !exemptId) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The shop is not set up (sales channel, stock location or VAT types missing): run the seed")
  }
  return {
    salesChannelId: store.default_sales_channel_id,
    locationId,
    categoryIds: Object.fromEntries((categories as { id: string; handle: string }[]).map((c) => [c.handle, c.id])),
    taxTypes: { taxableId, exemptId },
  }
}
