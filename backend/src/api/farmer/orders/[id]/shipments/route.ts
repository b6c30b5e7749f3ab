import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { findFarmOrder, loadFarmScope } from "../../../../../lib/farm-orders/query"
import { shipFarmItemsWorkflow } from "../../../../../workflows/ship-farm-items"
import { writableFarm } from "../../../farm-context"
import type { FarmerShipmentBodyType } from "./validators"

/**
 * POST /farmer/orders/:id/shipments — the farm sends its items (all it has not sent yet, or
 * `item_ids`) with a courier and tracking number; 400 before the deposit is confirmed.
 */
export async function POST(req: AuthenticatedMedusaRequest<FarmerShipmentBodyType>, res: MedusaResponse) {
  const { farmId, memberId } = await writableFarm(req)
  const { courier, tracking_number, item_ids } = req.validatedBody
  const { result } = await shipFarmItemsWorkflow(req.scope).run({
    input: { order_id: req.params.id, farm_id: farmId, member_id: memberId, courier, tracking_number, item_ids },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const found = await findFarmOrder(query, await loadFarmScope(query, farmId), { id: req.params.id }, new Date())
  const shipment = found?.order.shipments.find((s) => s.id === result.fulfillment_id)
  if (!shipment) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "발송은 등록되었지만 다시 읽지 못했습니다")
  res.status(201).json({ shipment })
}
