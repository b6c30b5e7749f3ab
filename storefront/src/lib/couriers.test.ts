import { describe, expect, it } from "vitest"
import { COURIERS, courierName, isCourierCode, orderParcels, trackingDigits } from "./couriers"

describe("couriers", () => {
  it("names the five couriers of the contract", () => {
    expect(COURIERS.map((c) => c.code)).toEqual(["cj", "epost", "hanjin", "lotte", "logen"])
    expect(courierName("epost")).toBe("우체국택배")
    expect(courierName("dhl")).toBe("dhl")
    expect(courierName(null)).toBeNull()
    expect(isCourierCode("lotte")).toBe(true)
    expect(isCourierCode("LOTTE")).toBe(false)
  })

  it("reads a 송장번호 as digits", () => {
    expect(trackingDigits("6789 1234 5678")).toBe("678912345678")
    expect(trackingDigits("1234-5678")).toBeNull()
    expect(trackingDigits("123456789")).toBe("123456789")
    expect(trackingDigits("123456789012345")).toBeNull()
    expect(trackingDigits("12345678901a")).toBeNull()
  })
})

describe("the shopper's parcels", () => {
  it("lists each shipped label with its courier, farm and goods", () => {
    const parcels = orderParcels({
      fulfillments: [
        {
          id: "ful_1",
          shipped_at: "2026-11-20T01:00:00.000Z",
          labels: [{ tracking_number: "678912345678", tracking_url: "https://trace.cjlogistics.com/next/tracking.html?wblNo=678912345678" }],
          metadata: { courier: "cj", farm_name: "햇살농장" },
          items: [{ title: "한라봉 3kg", quantity: 2 }],
        },
        { id: "ful_2", shipped_at: null, labels: [{ tracking_number: "1" }] },
        { id: "ful_3", shipped_at: "2026-11-20T01:00:00.000Z", canceled_at: "2026-11-21T01:00:00.000Z", labels: [{ tracking_number: "2" }] },
        { id: "ful_4", shipped_at: new Date("2026-11-21T00:00:00.000Z"), labels: [{ tracking_number: "6071234567890", tracking_url: "javascript:alert(1)" }], metadata: { courier_name: "우체국택배" } },
      ],
    })
    expect(parcels).toEqual([
      {
        id: "ful_1-0",
        courier: "CJ대한통운",
        trackingNumber: "678912345678",
        trackingUrl: "https://trace.cjlogistics.com/next/tracking.html?wblNo=678912345678",
        shippedAt: "2026-11-20T01:00:00.000Z",
        farm: "햇살농장",
        items: ["한라봉 3kg × 2"],
      },
      { id: "ful_4-0", courier: "우체국택배", trackingNumber: "6071234567890", trackingUrl: null, shippedAt: "2026-11-21T00:00:00.000Z", farm: null, items: [] },
    ])
  })

  it("reads the parcel from the fulfillment's metadata when the route gives no labels", () => {
    const parcels = orderParcels({
      items: [
        { id: "item_1", product_title: "한라봉", variant_title: "3kg 선물용", quantity: 1 },
        { id: "item_2", product_title: "옥돔", variant_title: "1kg", quantity: 2 },
      ],
      fulfillments: [
        {
          id: "ful_9",
          shipped_at: "2026-11-22T00:00:00.000Z",
          metadata: { courier: "hanjin", tracking_number: "412345678901", tracking_url: "https://www.hanjin.com/t?n=412345678901", farm_name: "햇살농장", item_ids: ["item_1"] },
        },
      ],
    })
    expect(parcels).toEqual([
      { id: "ful_9-0", courier: "한진택배", trackingNumber: "412345678901", trackingUrl: "https://www.hanjin.com/t?n=412345678901", shippedAt: "2026-11-22T00:00:00.000Z", farm: "햇살농장", items: ["한라봉 3kg 선물용 × 1"] },
    ])
  })
})
