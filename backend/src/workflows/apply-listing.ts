import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductVariantsWorkflow,
  emitEventStep,
  deleteProductVariantsWorkflow,
  updateProductsWorkflow,
  upsertVariantPricesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { UpdateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductWorkflowEvents } from "@medusajs/framework/utils"
import type { ApplyPlan } from "../lib/listing/plan"
import { prepareListingOptionsStep } from "./steps/prepare-listing-options"
import { pruneListingOptionValuesStep } from "./steps/prune-listing-option-values"
import { recordListingRevisionStep, type RevisionAction } from "./steps/record-listing-revision"
import { setVariantStockStep } from "./steps/set-variant-stock"

export type ApplyListingInput = { product_id: string; location_id: string; plan: ApplyPlan; revision: RevisionAction }

const price = (amount: number) => [{ currency_code: "krw", amount }]

/**
 * Every write to an existing listing: product fields, variants (options first, then removals,
 * the product update, new variants, prices), stock, and the review record — in one workflow, so
 * a failing step undoes the ones before it. A plan holds only what differs (lib/listing/plan).
 */
export const applyListingWorkflow = createWorkflow("apply-listing", (input: ApplyListingInput) => {
  const optionIds = when("listing-sync-options", { input }, ({ input }) => !!input.plan.variants?.sync).then(() => {
    const prepare = transform({ input }, ({ input }) => {
      const plan = input.plan.variants!
      const values: Record<string, string[]> = {}
      for (const v of [...plan.update, ...plan.create]) {
        for (const [title, value] of Object.entries(v.options)) values[title] = [...new Set([...(values[title] ?? []), value])]
      }
      return { product_id: input.product_id, option_titles: plan.option_titles, values }
    })
    return prepareListingOptionsStep(prepare).option_ids
  })

  when("listing-remove-variants", { input }, ({ input }) => (input.plan.variants?.remove.length ?? 0) > 0).then(() => {
    deleteProductVariantsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ ids: input.plan.variants!.remove })) })
  })

  const update = transform({ input, optionIds }, ({ input, optionIds }) => {
    const product: UpdateProductWorkflowInputDTO & { id: string } = { id: input.product_id, ...input.plan.fields } as UpdateProductWorkflowInputDTO & { id: string }
    const plan = input.plan.variants
    if (plan?.sync && optionIds) {
      product.option_ids = optionIds
      product.variants = plan.update.map((v) => ({ id: v.id, title: v.title, options: v.options }))
    }
    return { products: [product] }
  })
  when("listing-update-product", { update }, ({ update }) => Object.keys(update.products[0]).length > 1).then(() => {
    updateProductsWorkflow.runAsStep({ input: update })
  })

  const created = when("listing-create-variants", { input }, ({ input }) => (input.plan.variants?.create.length ?? 0) > 0).then(() => {
    const variants = transform({ input }, ({ input }) => ({
      product_variants: input.plan.variants!.create.map((v) => ({
        product_id: input.product_id,
        title: v.title,
        options: v.options,
        manage_inventory: true,
        prices: price(v.price),
      })),
    }))
    return createProductVariantsWorkflow.runAsStep({ input: variants })
  })

  when("listing-prices", { input }, ({ input }) => (input.plan.variants?.prices.length ?? 0) > 0).then(() => {
    const prices = transform({ input }, ({ input }) => {
      const list = input.plan.variants!.prices
      return {
        variantPrices: list.map((p) => ({ variant_id: p.variant_id, product_id: input.product_id, prices: price(p.price) })),
        previousVariantIds: list.map((p) => p.variant_id),
      }
    })
    upsertVariantPricesWorkflow.runAsStep({ input: prices })
  })

  const stock = transform({ input, created }, ({ input, created }) => {
    const wanted = new Map((input.plan.variants?.create ?? []).map((v) => [v.title, v.stock]))
    const fresh = (created ?? []).map((v) => ({ variant_id: v.id, stock: wanted.get(v.title) ?? 0 }))
    return { location_id: input.location_id, items: [...input.plan.stock, ...fresh] }
  })
  setVariantStockStep(stock)

  const revision = recordListingRevisionStep(input.revision)

  // Prices and stock change no product field: the storefront cache and the search index still must follow.
  when("listing-variants-changed", { input }, ({ input }) => !!input.plan.variants || input.plan.stock.length > 0).then(() => {
    emitEventStep({ eventName: ProductWorkflowEvents.UPDATED, data: transform({ input }, ({ input }) => ({ id: input.product_id })) })
  })

  when("listing-prune-options", { input }, ({ input }) => !!input.plan.variants?.sync || (input.plan.variants?.remove.length ?? 0) > 0).then(() => {
    pruneListingOptionValuesStep({ product_id: input.product_id })
  })
  return new WorkflowResponse({ revision })
})
