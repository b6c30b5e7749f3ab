import { describe, expect, it } from "vitest"
import { farmOrderNotices, shipmentNotice, type NoticeFarm } from "./notices"

describe("farmOrderNotices", () => {
  const farmA: NoticeFarm = { id: "farm_a", name: "남원 햇살과수원", email: "a@farm.kr" }
  const farmB: NoticeFarm = { id: "farm_b", name: "성산포 해녀수산", email: "b@sea.kr" }
  const order = {
    id: "order_1", display_id: 7, metadata: { gift: { is_gift: true } },
    items: [
      { product_id: "p_a", title: "3kg", product_title: "한라봉", variant_title: "3kg", quantity: 2, unit_price: 29000 },
      { product_id: "p_b", title: "1kg", product_title: "전복", variant_title: "1kg", quantity: 1, unit_price: 50000 },
      { product_id: "p_unknown", title: "?", quantity: 1, unit_price: 1 },
    ],
  }
  it("writes one e-mail per farm with only its items", () => {
    const notices = farmOrderNotices(order, new Map([["p_a", farmA], ["p_b", farmB]]), (id) => `https://shop/farmer/orders/${id}`)
    expect(notices).toHaveLength(2)
    expect(notices[0]).toEqual({
      to: "a@farm.kr", template: "farm-order-placed", idempotency_key: "farm-order-placed:order_1:farm_a",
      data: {
        order_id: "order_1", display_id: 7, farm_name: "남원 햇살과수원", gift: true,
        items: [{ title: "한라봉", variant_title: "3kg", quantity: 2, unit_price: 29000 }], order_url: "https://shop/farmer/orders/order_1",
      },
    })
    expect(JSON.stringify(notices[1])).not.toContain("한라봉")
  })
})

describe("shipmentNotice", () => {
  it("tells the shopper the courier, number and tracking link", () => {
    const notice = shipmentNotice({
      id: "ful_1", metadata: { courier: "epost", farm_id: "farm_a" },
      labels: [{ tracking_number: "6070012345678", tracking_url: "https://service.epost.go.kr/x?sid1=6070012345678" }],
      items: [{ line_item_id: "li_1", title: "3kg", quantity: 2 }],
      order: { id: "order_1", display_id: 7, email: "buyer@example.com", items: [{ id: "li_1", product_title: "한라봉", variant_title: "3kg" }] },
    })
    expect(notice).toMatchObject({
      to: "buyer@example.com", template: "order-shipped",
      data: { courier: "epost", courier_name: "우체국택배", tracking_number: "6070012345678", tracking_url: "https://service.epost.go.kr/x?sid1=6070012345678", display_id: 7, items: [{ title: "한라봉 (3kg)", quantity: 2 }] },
    })
    expect(shipmentNotice({ id: "ful_2", labels: [], order: { id: "o", display_id: 1, email: "x@y.z" } })).toBeNull()
  })
})
