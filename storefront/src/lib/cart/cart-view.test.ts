import { describe, expect, it } from "vitest"
import type { FarmRef } from "../catalog/types"
import {
  cartTotals,
  freeDeliveryNudge,
  groupByFarm,
  itemCount,
  lineTotal,
  parcelDeliveryType,
  pickDeliveryOption,
  type CartLine,
} from "./cart-view"

const farmA: FarmRef = { id: "farm_a", handle: "a", name: "남원 햇살과수원", town: "남원읍" }
const farmB: FarmRef = { id: "farm_b", handle: "b", name: "서귀 바다수산", town: "서귀동" }

function line(id: string, productId: string, unitPrice: number, quantity: number): CartLine {
  return {
    id,
    productId,
    productHandle: productId,
    variantId: `v_${id}`,
    title: id,
    variantTitle: null,
    thumbnail: null,
    unitPrice,
    quantity,
    maxQuantity: null,
  }
}

const farms: Record<string, FarmRef> = { p1: farmA, p2: farmB, p3: farmA }

describe("groupByFarm", () => {
  it("groups lines by their product's farm in first-seen order, with each farm's subtotal", () => {
    const groups = groupByFarm(
      [line("l1", "p1", 29000, 1), line("l2", "p2", 45000, 2), line("l3", "p3", 12000, 3)],
      (id) => (id ? farms[id] ?? null : null)
    )
    expect(groups.map((g) => g.farm?.name)).toEqual(["남원 햇살과수원", "서귀 바다수산"])
    expect(groups[0]?.lines.map((l) => l.id)).toEqual(["l1", "l3"])
    expect(groups[0]?.subtotal).toBe(29000 + 36000)
    expect(groups[1]?.subtotal).toBe(90000)
  })

  it("keeps goods of an unknown farm together", () => {
    const groups = groupByFarm([line("l1", "x", 1000, 1), line("l2", "y", 2000, 1)], () => null)
    expect(groups).toHaveLength(1)
    expect(groups[0]?.farm).toBeNull()
    expect(groups[0]?.subtotal).toBe(3000)
  })
})

describe("freeDeliveryNudge", () => {
  it("says how much is missing below the threshold", () => {
    expect(freeDeliveryNudge(29000, 50000, 3500)).toBe(21000)
  })
  it("is null once the threshold is reached or delivery is already free", () => {
    expect(freeDeliveryNudge(50000, 50000, 3500)).toBeNull()
    expect(freeDeliveryNudge(60000, 50000, 0)).toBeNull()
    expect(freeDeliveryNudge(10000, 50000, 0)).toBeNull()
  })
  it("is null for a farm that never delivers for free", () => {
    expect(freeDeliveryNudge(10000, null, 3500)).toBeNull()
  })
  it("gives whole won", () => {
    expect(freeDeliveryNudge(29999.6, 50000, 3500)).toBe(20000)
  })
})

describe("cartTotals", () => {
  it("adds goods and each farm's fee", () => {
    expect(cartTotals([{ subtotal: 29000, fee: 3500 }, { subtotal: 90000, fee: 0 }])).toEqual({
      items: 119000,
      shipping: 3500,
      total: 122500,
      shippingKnown: true,
    })
  })
  it("flags a fee that could not be calculated", () => {
    expect(cartTotals([{ subtotal: 1000, fee: null }]).shippingKnown).toBe(false)
  })
})

describe("line helpers", () => {
  it("rounds a line total once to whole won", () => {
    expect(lineTotal({ unitPrice: 54454.5454, quantity: 1 })).toBe(54455)
    expect(lineTotal({ unitPrice: 39000, quantity: 3 })).toBe(117000)
  })
  it("counts units", () => {
    expect(itemCount([{ quantity: 2 }, { quantity: 3 }])).toBe(5)
  })
  it("sends a parcel as cold as its coldest goods", () => {
    expect(parcelDeliveryType(["normal", null, "chilled"])).toBe("chilled")
    expect(parcelDeliveryType(["chilled", "frozen"])).toBe("frozen")
    expect(parcelDeliveryType([null])).toBe("normal")
  })
  it("picks the option of the parcel's type, else the first", () => {
    const options = [
      { id: "so_n", deliveryType: "normal" as const },
      { id: "so_c", deliveryType: "chilled" as const },
    ]
    expect(pickDeliveryOption(options, "chilled")?.id).toBe("so_c")
    expect(pickDeliveryOption(options, "frozen")?.id).toBe("so_n")
    expect(pickDeliveryOption([], "normal")).toBeNull()
  })
})
