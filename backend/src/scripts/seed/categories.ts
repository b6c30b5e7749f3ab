import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow, createProductTypesWorkflow, createTaxRatesWorkflow } from "@medusajs/medusa/core-flows"
import type { CategorySeed } from "./catalog-schema"

/** The six categories; returns handle → category id. */
export async function seedCategories(container: MedusaContainer, categories: CategorySeed[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const missing = categories.filter((c) => !existing.some((e) => e.handle === c.handle))
  if (missing.length) {
    await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missing.map((c) => ({ name: c.name, handle: c.handle, description: c.description, rank: c.rank, is_active: true })) },
    })
  }
  const { data } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  return new Map(data.map((c) => [c.handle, c.id]))
}

export const TAX_TYPES = { exempt: "면세 농축수산물", taxable: "과세 상품" } as const

/**
 * VAT: fresh farm, fishery and livestock goods are exempt (the region's default 0% rate);
 * processed foods, souvenirs and experiences carry 10%, by product type. Prices are tax-inclusive.
 */
export async function seedTaxTypes(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: types } = await query.graph({ entity: "product_type", fields: ["id", "value"] })
  const missing = Object.values(TAX_TYPES).filter((value) => !types.some((t) => t.value === value))
  if (missing.length) await createProductTypesWorkflow(container).run({ input: { product_types: missing.map((value) => ({ value })) } })
  const { data } = await query.graph({ entity: "product_type", fields: ["id", "value"] })
  const ids = new Map(data.map((t) => [t.value, t.id]))
  const taxableId = ids.get(TAX_TYPES.taxable)
  const exemptId = ids.get(TAX_TYPES.exempt)
  if (!taxableId || !exemptId) throw new Error("product types for VAT were not created")

  const { data: rates } = await query.graph({ entity: "tax_rate", fields: ["id"], filters: { code: "VAT10" } })
  if (!rates.length) {
    const { data: regions } = await query.graph({ entity: "tax_region", fields: ["id"], filters: { country_code: "kr" } })
    await createTaxRatesWorkflow(container).run({
      input: [
        {
          tax_region_id: regions[0].id,
          name: "부가가치세",
          code: "VAT10",
          rate: 10,
          rules: [{ reference: "product_type", reference_id: taxableId }],
        },
      ],
    })
  }
  return { taxableId, exemptId }
}
