import type { CourierCode } from "../couriers"
import type { FarmOrder, FarmShipment } from "./types"

export type ShipmentRequest = { courier: CourierCode; tracking_number: string; item_ids?: string[] }

export type ShipmentPlan =
  | { ok: true; item_ids: string[] }
  | { ok: false; reason: "invalid" | "not_found"; message: string }

/** A shipment of this farm already registered with the same courier and tracking number. */
export function sameShipment(order: FarmOrder, courier: CourierCode, trackingNumber: string): FarmShipment | undefined {
  return order.shipments.find((s) => s.courier === courier && s.tracking_number === trackingNumber)
}

/**
 * Which items a shipment takes: the ones asked for, or else every item of the farm not sent yet.
 * Refused before the deposit is confirmed, for a canceled order, for items of another farm or
 * order (not found) and for items already sent.
 */
export function planShipment(order: FarmOrder, openItemIds: readonly string[], request: ShipmentRequest): ShipmentPlan {
  if (order.canceled) return { ok: false, reason: "invalid", message: "취소된 주문은 발송할 수 없습니다" }
  if (!order.payment_confirmed) {
    return { ok: false, reason: "invalid", message: "입금이 확인되지 않은 주문입니다. 입금 확인 후 발송해 주세요" }
  }
  const open = new Set(openItemIds)
  if (request.item_ids?.length) {
    const own = new Set(order.items.map((i) => i.id))
    const unknown = request.item_ids.find((id) => !own.has(id))
    if (unknown) return { ok: false, reason: "not_found", message: `주문 상품 ${unknown}을(를) 찾을 수 없습니다` }
    const sent = request.item_ids.filter((id) => !open.has(id))
    if (sent.length) return { ok: false, reason: "invalid", message: `이미 발송된 상품입니다: ${sent.join(", ")}` }
    return { ok: true, item_ids: [...new Set(request.item_ids)] }
  }
  const items = order.items.filter((i) => open.has(i.id)).map((i) => i.id)
  if (!items.length) {
    const numbers = order.shipments.map((s) => s.tracking_number).filter(Boolean)
    const known = numbers.length ? ` (송장번호 ${numbers.join(", ")})` : ""
    return { ok: false, reason: "invalid", message: `이미 발송된 주문입니다${known}` }
  }
  return { ok: true, item_ids: items }
}
