import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { findFarmOrder, loadFarmScope } from "../../../../lib/farm-orders/query"
import { farmContext } from "../../farm-context"

/** GET /farmer/orders/:id — one order as the farm sees it (404 when it holds none of its goods). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { farmId } = await farmContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const found = await findFarmOrder(query, await loadFarmScope(query, farmId), { id: req.params.id }, new Date())
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `주문 ${req.params.id}을(를) 찾을 수 없습니다`)
  res.json({ order: found.order })
}
