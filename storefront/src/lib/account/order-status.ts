/**
 * What a Korean shopper reads for Medusa's order, payment and fulfillment states. With
 * 무통장입금 (Medusa's manual provider) a placed order's payment is "authorized" at once; it is
 * captured when the department confirms the deposit — so until then it reads 입금 대기.
 */
const PAYMENT: Record<string, string> = {
  not_paid: "입금 대기",
  awaiting: "입금 대기",
  authorized: "입금 대기",
  partially_authorized: "입금 대기",
  captured: "결제 완료",
  partially_captured: "일부 결제",
  refunded: "환불 완료",
  partially_refunded: "일부 환불",
  canceled: "결제 취소",
  requires_action: "확인 필요",
}

const FULFILLMENT: Record<string, string> = {
  not_fulfilled: "배송 준비 중",
  partially_fulfilled: "일부 출고",
  fulfilled: "출고 완료",
  partially_shipped: "일부 배송 중",
  shipped: "배송 중",
  partially_delivered: "일부 배송 완료",
  delivered: "배송 완료",
  canceled: "배송 취소",
}

/** One line for an order: a cancelled order says so; otherwise payment, then delivery. */
export function orderStatusText(order: { status?: string | null; payment_status?: string | null; fulfillment_status?: string | null }): string {
  if (order.status === "canceled") return "주문 취소"
  const payment = PAYMENT[order.payment_status ?? ""] ?? "확인 중"
  if (payment === "입금 대기") return payment
  return FULFILLMENT[order.fulfillment_status ?? ""] ?? payment
}
