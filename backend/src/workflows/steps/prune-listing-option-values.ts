import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type ProductOptionsRow = {
  options?: ({ id: string; values?: ({ id: string } | null)[] | null } | null)[] | null
  variants?: ({ options?: ({ id: string } | null)[] | null } | null)[] | null
}

/**
 * After variants changed, option values no variant uses any more (e.g. a removed 10kg) are taken
 * off the product, so the shop does not offer a choice that leads nowhere. The last step of its
 * workflow and harmless if it fails: nothing to undo.
 */
export const pruneListingOptionValuesStep = createStep("prune-listing-option-values", async (input: { product_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["options.id", "options.values.id", "variants.options.id"], filters: { id: input.product_id } })
  const row = data[0] as ProductOptionsRow | undefined
  const used = new Set((row?.variants ?? []).flatMap((v) => (v?.options ?? []).flatMap((o) => (o ? [o.id] : []))))
  const updates = (row?.options ?? []).flatMap((option) => {
    const unused = (option?.values ?? []).flatMap((v) => (v && !used.has(v.id) ? [v.id] : []))
    return option && unused.length ? [{ product_id: input.product_id, product_option_id: option.id, remove: unused }] : []
  })
  try {
    if (updates.length) await container.resolve(Modules.PRODUCT).updateProductOptionValuesOnProduct(updates)
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`listing ${input.product_id}: unused option values kept (${(e as Error).message})`)
  }
  return new StepResponse(updates.length)
})
