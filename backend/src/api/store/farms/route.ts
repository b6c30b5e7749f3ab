import type { MedusaStoreRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_FARM_FIELDS, toPublicFarm } from "./farm-fields"
import type { StoreListFarmsQueryType } from "./validators"

/** GET /store/farms — the approved farms and producers, in name order. */
export async function GET(req: MedusaStoreRequest<unknown, StoreListFarmsQueryType>, res: MedusaResponse) {
  const { limit, offset, town } = req.validatedQuery as StoreListFarmsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "farm",
    fields: [...PUBLIC_FARM_FIELDS],
    filters: { status: "approved", ...(town ? { town } : {}) },
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ farms: data.map(toPublicFarm), count: metadata?.count ?? data.length, limit, offset })
}
