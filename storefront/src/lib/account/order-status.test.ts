import { describe, expect, it } from "vitest"
import { orderStatusText } from "./order-status"

describe("orderStatusText", () => {
  it("says 입금 대기 until the bank transfer is confirmed", () => {
    expect(orderStatusText({ status: "pending", payment_status: "awaiting", fulfillment_status: "not_fulfilled" })).toBe("입금 대기")
    // The manual (bank transfer) provider authorizes at once; the deposit is the capture.
    expect(orderStatusText({ status: "pending", payment_status: "authorized", fulfillment_status: "not_fulfilled" })).toBe("입금 대기")
  })
  it("follows the delivery once paid", () => {
    expect(orderStatusText({ status: "pending", payment_status: "captured", fulfillment_status: "not_fulfilled" })).toBe("배송 준비 중")
    expect(orderStatusText({ status: "pending", payment_status: "captured", fulfillment_status: "shipped" })).toBe("배송 중")
  })
  it("says a cancelled order is cancelled", () => {
    expect(orderStatusText({ status: "canceled", payment_status: "captured", fulfillment_status: "shipped" })).toBe("주문 취소")
  })
})
