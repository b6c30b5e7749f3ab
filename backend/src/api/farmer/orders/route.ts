import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isShipped, isWaiting } from "../../../lib/farm-orders/project"
import { listFarmOrders, loadFarmScope } from "../../../lib/farm-orders/query"
import { farmContext } from "../farm-context"
import type { FarmerOrdersQueryType } from "./validators"

/**
 * GET /farmer/orders — the farm's orders (its items only), newest first. `waiting`: paid and
 * not yet sent, oldest first (the one to pack next on top); `shipped`: everything sent.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, FarmerOrdersQueryType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as FarmerOrdersQueryType
  const { farmId } = await farmContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const all = await listFarmOrders(query, await loadFarmScope(query, farmId), new Date())
  const byDate = (a: { placed_at: string }, b: { placed_at: string }) => a.placed_at.localeCompare(b.placed_at)
  const orders =
    status === "waiting"
      ? all.filter(isWaiting).sort(byDate)
      : (status === "shipped" ? all.filter(isShipped) : all).sort((a, b) => byDate(b, a))
  res.json({ orders: orders.slice(offset, offset + limit), count: orders.length, limit, offset })
}
