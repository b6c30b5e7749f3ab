import { describe, expect, it } from "vitest"
import { isShipped, isWaiting, openItemIds, projectFarmOrder } from "./project"
import { planShipment, sameShipment } from "./shipping-plan"
import type { FarmScope, OrderRow } from "./types"

const scope: FarmScope = {
  farmId: "farm_a",
  productIds: new Set(["prod_a1", "prod_a2"]),
  options: new Map([["so_a", { type: "normal", name: "일반 택배" }]]),
}
const item = (id: string, product_id: string, extra: object = {}) => ({
  id, product_id, title: "3kg / 가정용", product_title: `상품 ${product_id}`, variant_title: "3kg / 가정용",
  unit_price: 29000, detail: { quantity: 2, fulfilled_quantity: 0, shipped_quantity: 0 }, ...extra,
})

function order(extra: Partial<OrderRow> = {}): OrderRow {
  return {
    id: "order_1", display_id: 12, created_at: "2026-11-23T01:00:00Z", status: "pending",
    metadata: { gift: { is_gift: true, message: "생신 축하드려요", hide_prices: true }, delivery_memo: " 문 앞에 " },
    shipping_address: { first_name: "김순자", last_name: "", phone: "010-1111-2222", postal_code: "63592", address_1: "서귀포시 중앙로 1", address_2: "2층" },
    items: [item("li_a1", "prod_a1"), item("li_b1", "prod_b1", { unit_price: 99000 }), item("li_a2", "prod_a2", { quantity: 1, detail: undefined, unit_price: 15000 })],
    shipping_methods: [{ id: "sm_b", name: "냉동 택배", shipping_option_id: "so_b" }, { id: "sm_a", name: "일반 택배", shipping_option_id: "so_a" }],
    payment_collections: [{ status: "completed", amount: 200000, captured_amount: 200000 }],
    fulfillments: [],
    ...extra,
  }
}
const now = new Date("2026-11-25T03:00:00Z")

describe("projectFarmOrder", () => {
  it("keeps only the farm's items, the recipient, gift and memo; nothing about payment", () => {
    const projected = projectFarmOrder(order(), scope, now)!
    expect(projected.items.map((i) => i.id)).toEqual(["li_a1", "li_a2"])
    expect(projected.items[0]).toEqual({
      id: "li_a1", product_id: "prod_a1", title: "상품 prod_a1", variant_title: "3kg / 가정용", quantity: 2, unit_price: 29000, total: 58000, shipped: false,
    })
    expect(projected).toMatchObject({
      display_id: 12, payment_confirmed: true, days_waiting: 2, canceled: false,
      recipient: { name: "김순자", phone: "010-1111-2222", postal_code: "63592", address_1: "서귀포시 중앙로 1", address_2: "2층" },
      gift: { message: "생신 축하드려요" }, delivery_memo: "문 앞에", delivery: { type: "normal", name: "일반 택배" },
    })
    const json = JSON.stringify(projected)
    expect(json).not.toMatch(/99000|200000|payment_collections|captured/)
    expect(isWaiting(projected)).toBe(true)
  })

  it("is null for an order without the farm's goods, and shows no gift when there is none", () => {
    expect(projectFarmOrder(order({ items: [item("li_b1", "prod_b1")] }), scope, now)).toBeNull()
    const plain = projectFarmOrder(order({ metadata: { gift: { is_gift: false } } }), scope, now)!
    expect(plain.gift).toBeNull()
    expect(plain.delivery_memo).toBeNull()
  })

  it("is not confirmed before the deposit is captured", () => {
    const unpaid = projectFarmOrder(order({ payment_collections: [{ status: "authorized", amount: 200000, captured_amount: 0 }] }), scope, now)!
    expect(unpaid.payment_confirmed).toBe(false)
    expect(isWaiting(unpaid)).toBe(false)
    expect(planShipment(unpaid, ["li_a1"], { courier: "cj", tracking_number: "630712345678" })).toMatchObject({ ok: false, reason: "invalid" })
  })

  it("lists only this farm's shipments and marks shipped items", () => {
    const shipped = order({
      items: [item("li_a1", "prod_a1", { detail: { quantity: 2, fulfilled_quantity: 2, shipped_quantity: 2 } }), item("li_a2", "prod_a2", { detail: { quantity: 1 } })],
      fulfillments: [
        { id: "ful_b", metadata: { farm_id: "farm_b", courier: "epost" }, shipped_at: "2026-11-24T01:00:00Z", labels: [], items: [] },
        {
          id: "ful_a", metadata: { farm_id: "farm_a", courier: "cj" }, shipped_at: "2026-11-24T02:00:00Z",
          labels: [{ tracking_number: "630712345678", tracking_url: "https://trace.cjlogistics.com/next/tracking.html?wblNo=630712345678" }],
          items: [{ line_item_id: "li_a1" }, { line_item_id: "li_a1" }],
        },
      ],
    })
    const projected = projectFarmOrder(shipped, scope, now)!
    expect(projected.shipments).toEqual([
      {
        id: "ful_a", courier: "cj", courier_name: "CJ대한통운", tracking_number: "630712345678",
        tracking_url: "https://trace.cjlogistics.com/next/tracking.html?wblNo=630712345678", shipped_at: "2026-11-24T02:00:00.000Z", item_ids: ["li_a1"],
      },
    ])
    expect(projected.items.map((i) => i.shipped)).toEqual([true, false])
    expect(isShipped(projected)).toBe(false)
    expect(openItemIds(shipped, scope)).toEqual(["li_a2"])
    expect(sameShipment(projected, "cj", "630712345678")?.id).toBe("ful_a")
    expect(sameShipment(projected, "hanjin", "630712345678")).toBeUndefined()
  })
})

describe("planShipment", () => {
  const projected = projectFarmOrder(order(), scope, now)!
  const request = { courier: "cj" as const, tracking_number: "630712345678" }
  it("ships every open item by default, or the ones asked for", () => {
    expect(planShipment(projected, ["li_a1", "li_a2"], request)).toEqual({ ok: true, item_ids: ["li_a1", "li_a2"] })
    expect(planShipment(projected, ["li_a1", "li_a2"], { ...request, item_ids: ["li_a2"] })).toEqual({ ok: true, item_ids: ["li_a2"] })
  })
  it("refuses other farms' items, items sent already, and an order with nothing left", () => {
    expect(planShipment(projected, ["li_a1", "li_a2"], { ...request, item_ids: ["li_b1"] })).toMatchObject({ ok: false, reason: "not_found" })
    expect(planShipment(projected, ["li_a2"], { ...request, item_ids: ["li_a1"] })).toMatchObject({ ok: false, reason: "invalid" })
    expect(planShipment(projected, [], request)).toMatchObject({ ok: false, reason: "invalid", message: expect.stringContaining("이미 발송") })
    const canceled = projectFarmOrder(order({ status: "canceled" }), scope, now)!
    expect(planShipment(canceled, ["li_a1"], request)).toMatchObject({ ok: false, message: expect.stringContaining("취소") })
  })
})
