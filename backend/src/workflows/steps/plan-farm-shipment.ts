import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { trackingUrl, type CourierCode } from "../../lib/couriers"
import { farmItems, itemQuantity, openItemIds } from "../../lib/farm-orders/project"
import { findFarmOrder, loadFarmScope } from "../../lib/farm-orders/query"
import { planShipment } from "../../lib/farm-orders/shipping-plan"

export type PlanFarmShipmentInput = {
  order_id: string
  farm_id: string
  courier: CourierCode
  tracking_number: string
  item_ids?: string[]
}

export type FarmShipmentPlan = {
  items: { id: string; quantity: number }[]
  shipping_option_id: string
  label: { tracking_number: string; tracking_url: string; label_url: string }
  /** What the shopper's order page shows per parcel: the farm's name and which items it holds. */
  metadata: { courier: CourierCode; farm_id: string; farm_name: string; item_ids: string[] }
}

/**
 * Reads the order (under the workflow's lock) and decides what this shipment takes: the farm's
 * own items not sent yet, with the farm's delivery option. Only reads: nothing to undo.
 */
export const planFarmShipmentStep = createStep("plan-farm-shipment", async (input: PlanFarmShipmentInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const scope = await loadFarmScope(query, input.farm_id)
  const found = await findFarmOrder(query, scope, { id: input.order_id }, new Date())
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `주문 ${input.order_id}을(를) 찾을 수 없습니다`)
  const plan = planShipment(found.order, openItemIds(found.row, scope), input)
  if (!plan.ok) throw new MedusaError(plan.reason === "not_found" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA, plan.message)
  const method = (found.row.shipping_methods ?? []).find((m) => m?.shipping_option_id && scope.options.has(m.shipping_option_id))
  if (!method?.shipping_option_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "이 주문에는 농가의 배송 방법이 없습니다. 담당 부서에 문의해 주세요")
  const wanted = new Set(plan.item_ids)
  const items = farmItems(found.row, scope)
    .filter((item) => wanted.has(item.id))
    .map((item) => ({ id: item.id, quantity: itemQuantity(item) - Number(item.detail?.fulfilled_quantity ?? 0) }))
  const url = trackingUrl(input.courier, input.tracking_number)
  const { data: farms } = await query.graph({ entity: "farm", fields: ["name"], filters: { id: input.farm_id } })
  const farmName = (farms[0] as { name?: string } | undefined)?.name ?? ""
  return new StepResponse<FarmShipmentPlan>({
    items,
    shipping_option_id: method.shipping_option_id,
    label: { tracking_number: input.tracking_number, tracking_url: url, label_url: url },
    metadata: { courier: input.courier, farm_id: input.farm_id, farm_name: farmName, item_ids: items.map((item) => item.id) },
  })
})
