import type { HttpTypes } from "@medusajs/types"
import { describe, expect, it } from "vitest"
import { toProductDetail, toProductSummary, type StoreProductWithFarm } from "./product-mapper"

function variant(over: Partial<HttpTypes.StoreProductVariant>): HttpTypes.StoreProductVariant {
  return {
    id: "variant_1",
    title: "3kg",
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: 5,
    options: [{ id: "optval_1", value: "3kg", option_id: "opt_weight" }],
    calculated_price: { calculated_amount: 29000 },
    ...over,
  } as HttpTypes.StoreProductVariant
}

const product = {
  id: "prod_1",
  handle: "hallabong-namwon",
  title: "남원 한라봉",
  subtitle: null,
  description: "새콤달콤한 한라봉",
  thumbnail: "http://localhost:9000/static/hallabong.webp",
  images: [{ id: "img_1", url: "http://localhost:9000/static/hallabong.webp", rank: 0 }],
  options: [{ id: "opt_weight", title: "중량" }],
  variants: [variant({}), variant({ id: "variant_2", title: "5kg", inventory_quantity: 0, calculated_price: { calculated_amount: 45000 } as HttpTypes.StoreCalculatedPrice })],
  categories: [{ id: "pcat_1", handle: "citrus", name: "감귤·만감류" }],
  metadata: {
    season_from: 12,
    season_to: 3,
    origin: "국산(제주특별자치도 서귀포시 남원읍)",
    delivery_type: "normal",
    gift: true,
    quality: { brix: 13.2, acidity: 0.9 },
    info_notice: [{ label: "품목 또는 명칭", value: "한라봉" }],
  },
  farm: { id: "farm_1", handle: "namwon-farm", name: "남원 햇살농원", town: "남원읍" },
} as unknown as StoreProductWithFarm

describe("toProductSummary", () => {
  it("keeps variant prices, the farm and the season", () => {
    const summary = toProductSummary(product)
    expect(summary.prices).toEqual([29000, 45000])
    expect(summary.farm).toEqual({ id: "farm_1", handle: "namwon-farm", name: "남원 햇살농원", town: "남원읍" })
    expect(summary.season).toEqual({ from: 12, to: 3 })
    expect(summary.soldOut).toBe(false)
  })

  it("is sold out only when every variant is", () => {
    const allGone = { ...product, variants: [variant({ inventory_quantity: 0 })] } as StoreProductWithFarm
    expect(toProductSummary(allGone).soldOut).toBe(true)
    const untracked = { ...product, variants: [variant({ inventory_quantity: 0, manage_inventory: false })] } as StoreProductWithFarm
    expect(toProductSummary(untracked).soldOut).toBe(false)
  })
})

describe("toProductDetail", () => {
  it("names option values and marks sold-out variants", () => {
    const detail = toProductDetail(product)
    expect(detail.variants[0]?.options).toEqual([{ name: "중량", value: "3kg" }])
    expect(detail.variants.map((v) => v.soldOut)).toEqual([false, true])
    expect(detail.origin).toContain("남원읍")
    expect(detail.quality).toEqual({ brix: 13.2, acidity: 0.9 })
    expect(detail.infoNotice).toHaveLength(1)
  })

  it("survives malformed metadata", () => {
    const odd = { ...product, metadata: { delivery_type: "boat", info_notice: "none", gift: "yes" }, farm: null } as unknown as StoreProductWithFarm
    const detail = toProductDetail(odd)
    expect(detail.deliveryType).toBeNull()
    expect(detail.infoNotice).toEqual([])
    expect(detail.gift).toBe(false)
    expect(detail.season).toBeNull()
    expect(detail.farm).toBeNull()
  })
})
