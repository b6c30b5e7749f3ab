import type { OrderRow } from "./types"

/**
 * The order's payment is captured: for 무통장입금 the department captures it once the deposit
 * has arrived. Every collection that is not canceled must be captured in full.
 */
export function paymentConfirmed(order: Pick<OrderRow, "payment_collections">): boolean {
  const live = (order.payment_collections ?? []).flatMap((c) => (c && c.status !== "canceled" ? [c] : []))
  return live.length > 0 && live.every((c) => Number(c.captured_amount ?? 0) >= Number(c.amount ?? 0))
}
