import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"

export type PrepareListingOptionsInput = {
  product_id: string
  /** Option title → the values the product's variants will use. */
  values: Record<string, string[]>
  option_titles: string[]
}

type Undo = { added: { product_option_id: string; value_ids: string[] }[]; created: string[]; product_id: string }

/**
 * Before variants take new option values, the product must offer them: adds missing values to
 * its options and creates options it lacks (linked by the product update that follows, through
 * `option_ids`). Compensation takes the added values back and deletes the created options.
 */
export const prepareListingOptionsStep = createStep(
  "prepare-listing-options",
  async (input: PrepareListingOptionsInput, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const product = await products.retrieveProduct(input.product_id, { relations: ["options", "options.values"] })
    const undo: Undo = { added: [], created: [], product_id: input.product_id }
    const optionIds: string[] = []
    for (const title of input.option_titles) {
      const wanted = input.values[title] ?? []
      const option = (product.options ?? []).find((o) => o.title === title)
      if (!option) {
        const created = await products.createProductOptions({ title, values: wanted, is_exclusive: true })
        undo.created.push(created.id)
        optionIds.push(created.id)
        continue
      }
      optionIds.push(option.id)
      const had = new Set((option.values ?? []).map((v) => v.value))
      const missing = wanted.filter((v) => !had.has(v))
      if (!missing.length) continue
      await products.updateProductOptionValuesOnProduct({
        product_id: input.product_id,
        product_option_id: option.id,
        add: missing.map((value) => ({ value })),
      })
      const after = await products.retrieveProduct(input.product_id, { relations: ["options", "options.values"] })
      const values = after.options?.find((o) => o.id === option.id)?.values ?? []
      undo.added.push({ product_option_id: option.id, value_ids: values.filter((v) => missing.includes(v.value)).map((v) => v.id) })
    }
    return new StepResponse({ option_ids: optionIds }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const products = container.resolve(Modules.PRODUCT)
    for (const added of undo.added) {
      await products.updateProductOptionValuesOnProduct({ product_id: undo.product_id, product_option_id: added.product_option_id, remove: added.value_ids })
    }
    if (undo.created.length) await products.deleteProductOptions(undo.created)
  }
)
