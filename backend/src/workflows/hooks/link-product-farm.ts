import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "zod"
import { FARM_MODULE } from "../../modules/farm"

const additionalDataSchema = z.object({ farm_id: z.string().startsWith("farm_").optional() })

/**
 * `additional_data.farm_id` on product creation links the new products to their farm, inside
 * the same workflow: if the link fails the products are rolled back, and vice versa.
 */
createProductsWorkflow.hooks.productsCreated(
  async ({ products, additional_data }, { container }) => {
    const parsed = additionalDataSchema.safeParse(additional_data ?? {})
    if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, `additional_data.farm_id: ${parsed.error.issues[0]?.message}`)
    const farmId = parsed.data.farm_id
    if (!farmId) return new StepResponse([], [])
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const links = products.map((p) => ({ [FARM_MODULE]: { farm_id: farmId }, [Modules.PRODUCT]: { product_id: p.id } }))
    await link.create(links)
    return new StepResponse(links, links)
  },
  async (links, { container }) => {
    if (!links?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(links)
  }
)
