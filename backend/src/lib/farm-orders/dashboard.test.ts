import { describe, expect, it } from "vitest"
import { lowStock, salesSince, waitingOrders, type StockProductRow } from "./dashboard"
import type { FarmOrder } from "./types"

function order(id: string, placed_at: string, extra: Partial<FarmOrder> = {}): FarmOrder {
  return {
    id, display_id: Number(id.slice(1)), placed_at, canceled: false, payment_confirmed: true, days_waiting: 1,
    recipient: { name: "", phone: "", postal_code: "", address_1: "", address_2: "" }, gift: null, delivery_memo: null, delivery: null,
    items: [
      { id: `${id}-1`, product_id: "p", title: "한라봉", variant_title: null, quantity: 2, unit_price: 10000, total: 20000, shipped: false },
      { id: `${id}-2`, product_id: "p", title: "천혜향", variant_title: null, quantity: 1, unit_price: 5000, total: 5000, shipped: true },
    ],
    shipments: [],
    ...extra,
  }
}

describe("dashboard", () => {
  const orders = [
    order("o3", "2026-11-24T01:00:00.000Z"),
    order("o1", "2026-11-20T01:00:00.000Z"),
    order("o2", "2026-11-22T01:00:00.000Z", { payment_confirmed: false }),
    order("o4", "2026-11-25T01:00:00.000Z", { canceled: true }),
  ]

  it("lists paid orders waiting to ship, oldest first, with the units left to pack", () => {
    expect(waitingOrders(orders)).toEqual([
      { id: "o1", display_id: 1, placed_at: "2026-11-20T01:00:00.000Z", days_waiting: 1, item_count: 2 },
      { id: "o3", display_id: 3, placed_at: "2026-11-24T01:00:00.000Z", days_waiting: 1, item_count: 2 },
    ])
  })

  it("sums the farm's item totals since a date, without canceled orders", () => {
    expect(salesSince(orders, new Date("2026-11-22T00:00:00Z"))).toBe(50000)
    expect(salesSince(orders, new Date("2026-11-01T00:00:00Z"))).toBe(75000)
  })

  it("finds variants on sale with 10 or fewer units to sell", () => {
    const level = (stocked: number, reserved: number) => ({ inventory: { location_levels: [{ stocked_quantity: stocked, reserved_quantity: reserved }] } })
    const products: StockProductRow[] = [
      {
        id: "p1", title: "한라봉", status: "published",
        variants: [
          { id: "v1", title: "3kg", inventory_items: [level(12, 3)] },
          { id: "v2", title: "5kg", inventory_items: [level(30, 0)] },
          { id: "v3", title: "10kg", manage_inventory: false, inventory_items: [] },
          { id: "v4", title: "2kg", inventory_items: [level(2, 0)] },
        ],
      },
      { id: "p2", title: "초안 상품", status: "draft", variants: [{ id: "v5", title: null, inventory_items: [level(0, 0)] }] },
    ]
    expect(lowStock(products)).toEqual([
      { product_id: "p1", variant_id: "v4", title: "한라봉 (2kg)", stock: 2 },
      { product_id: "p1", variant_id: "v1", title: "한라봉 (3kg)", stock: 9 },
    ])
  })
})
