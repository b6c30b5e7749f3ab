import { describe, expect, it } from "vitest"
import { planApply, planVariants } from "./plan"
import { CTX, liveHallabong } from "./test-fixtures"

describe("planVariants", () => {
  const current = liveHallabong()
  const [home, gift] = current.variants

  it("changes only prices and stock when options stay", () => {
    const { variants, stock } = planVariants(current, [{ ...home, price: 31000, stock: 3 }, gift], true)
    expect(variants).toMatchObject({ sync: false, update: [], create: [], remove: [], prices: [{ variant_id: "variant_home", price: 31000 }] })
    expect(stock).toEqual([{ variant_id: "variant_home", stock: 3 }])
    expect(planVariants(current, [{ ...home, stock: 3 }, gift], false).stock).toEqual([])
    expect(planVariants(current, current.variants, true)).toEqual({ variants: null, stock: [] })
  })

  it("rewrites the kept variants' options when one is renamed or added, and removes the missing", () => {
    const { variants } = planVariants(current, [{ ...home, weight: "2kg" }, { weight: "5kg", use: "선물용", price: 59000, stock: 7 }], true)
    expect(variants).toEqual({
      option_titles: ["중량", "구분"],
      sync: true,
      update: [{ id: "variant_home", title: "2kg / 가정용", options: { 중량: "2kg", 구분: "가정용" } }],
      create: [{ title: "5kg / 선물용", options: { 중량: "5kg", 구분: "선물용" }, price: 59000, stock: 7 }],
      remove: ["variant_gift"],
      prices: [],
    })
  })

  it("keeps a seeded variant's own title unless the options are restructured", () => {
    const seeded = liveHallabong({ variant_titles: { variant_home: "3kg 가정용 (10~14과)", variant_gift: "3kg 선물용" } })
    const added = { weight: "5kg", use: "가정용" as const, price: 45000, stock: 1 }
    expect(planVariants(seeded, [home, gift, added], true).variants?.update[0].title).toBe("3kg 가정용 (10~14과)")
    const sized = planVariants(seeded, [{ ...home, size: "대과" }, { ...gift, size: "대과" }], true).variants
    expect(sized?.option_titles).toEqual(["중량", "크기", "구분"])
    expect(sized?.update[0]).toEqual({ id: "variant_home", title: "3kg / 대과 / 가정용", options: { 중량: "3kg", 크기: "대과", 구분: "가정용" } })
  })
})

describe("planApply", () => {
  it("writes only the product fields that differ", () => {
    const current = liveHallabong()
    expect(planApply(current, current, CTX, { stockForKept: true })).toEqual({ fields: {}, variants: null, stock: [] })
    const plan = planApply(current, { ...current, title: "새 이름", category: "processed", images: ["http://x/b.webp"] }, CTX, { stockForKept: true })
    expect(plan.fields).toMatchObject({ title: "새 이름", category_ids: ["pcat_processed"], type_id: "ptyp_taxable", images: [{ url: "http://x/b.webp" }], thumbnail: "http://x/b.webp" })
    expect(plan.fields.metadata).toMatchObject({ notice_type: "processed", citrus: null, quality: null })
    expect(plan.fields.description).toBeUndefined()
  })

  it("keeps the newest lot's quality in metadata", () => {
    const current = liveHallabong()
    const lots = [...current.citrus!.lots, { lot: "2차", brix: 14.2, acidity: 0.8, measured_on: "2026-12-15" }]
    const plan = planApply(current, { ...current, citrus: { variety: "한라봉", lots } }, CTX, { stockForKept: true })
    expect(plan.fields.metadata).toMatchObject({ quality: { brix: 14.2, acidity: 0.8 }, citrus: { variety: "한라봉", lots } })
  })
})
