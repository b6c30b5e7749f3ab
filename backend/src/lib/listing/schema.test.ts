import { describe, expect, it } from "vitest"
import { parseKorean } from "./korean-errors"
import { createListingSchema, listingPatchSchema } from "./schema"

const draft = {
  title: "남원 한라봉",
  description: "남원읍 과수원에서 키운 한라봉입니다.",
  category: "produce",
  delivery_type: "normal",
  origin: "국산",
  variants: [{ weight: "3kg", use: "가정용", price: 29000, stock: 10 }],
}

describe("createListingSchema", () => {
  it("takes a draft without notice rows, photos or season, with defaults", () => {
    const result = parseKorean(createListingSchema, { ...draft, subtitle: "" })
    expect(result).toMatchObject({ ok: true, data: { season: null, gift: false, images: [], notice: [] } })
    expect(result.ok && "subtitle" in result.data && result.data.subtitle).toBeFalsy()
  })

  it("names every wrong field, in Korean", () => {
    const result = parseKorean(createListingSchema, { ...draft, title: "", category: "fruit", variants: [{ weight: "3kg", use: "도매", price: 99, stock: 1.5 }] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toMatch(/^title: /m)
    expect(result.message).toMatch(/^category: 다음 중 하나여야 합니다: citrus/m)
    expect(result.message).toMatch(/^variants\.0\.use: /m)
    expect(result.message).toContain("variants.0.price: 가격은 100원 이상이어야 합니다")
    expect(result.message).toMatch(/^variants\.0\.stock: /m)
  })

  it("wants the variety of citrus, sizes on all variants or none, and no variant twice", () => {
    const result = parseKorean(createListingSchema, {
      ...draft,
      category: "citrus",
      variants: [
        { weight: "3kg", size: "대과", use: "가정용", price: 29000, stock: 1 },
        { weight: "3kg", use: "가정용", price: 29000, stock: 1 },
        { weight: "3kg", size: "대과", use: "가정용", price: 30000, stock: 1 },
      ],
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.message).toContain("citrus: ")
    expect(result.message).toContain("variants: 크기는 모든 구성에 입력하거나 모두 비워 두세요")
    expect(result.message).toContain("variants.2: 같은 구성(3kg / 대과 / 가정용)이 두 번 있습니다")
  })
})

describe("listingPatchSchema", () => {
  it("takes any subset, and keeps a cleared subtitle as a present key", () => {
    const result = parseKorean(listingPatchSchema, { subtitle: "", gift: true })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.gift).toBe(true)
    expect("subtitle" in result.data).toBe(true)
    expect("title" in result.data).toBe(false)
  })
})
