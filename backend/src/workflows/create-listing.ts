import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { setVariantStockStep } from "./steps/set-variant-stock"

export type CreateListingInput = {
  farm_id: string
  location_id: string
  product: CreateProductWorkflowInputDTO
  /** Variant title → its stock. */
  stock: Record<string, number>
}

/**
 * A farmer's new listing: the product (a draft, linked to the farm by the product-farm hook),
 * then its stock at the shop's location. If the stock fails, the product is deleted again.
 */
export const createListingWorkflow = createWorkflow("create-listing", (input: CreateListingInput) => {
  const productInput = transform({ input }, ({ input }) => ({ products: [input.product], additional_data: { farm_id: input.farm_id } }))
  const created = createProductsWorkflow.runAsStep({ input: productInput })
  const stock = transform({ input, created }, ({ input, created }) => ({
    location_id: input.location_id,
    items: (created[0]?.variants ?? []).map((v) => ({ variant_id: v.id, stock: input.stock[v.title] ?? 0 })),
  }))
  setVariantStockStep(stock)
  const productId = transform({ created }, ({ created }) => created[0].id)
  return new WorkflowResponse(productId)
})
