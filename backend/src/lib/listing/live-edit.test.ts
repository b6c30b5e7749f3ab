import { describe, expect, it } from "vitest"
import { liveAfter, mergePending, splitLiveEdit, variantsNeedReview, withPending } from "./live-edit"
import { liveHallabong } from "./test-fixtures"

describe("splitLiveEdit", () => {
  const live = liveHallabong()
  const [home, gift] = live.variants

  it("applies stock, season and lots at once and sends title and prices to review", () => {
    const edit = splitLiveEdit(live, {
      title: "남원 한라봉 특품",
      season: { from: 1, to: 3 },
      variants: [{ ...home, price: 31000, stock: 4 }, gift],
    })
    expect(edit.safe).toEqual({ season: { from: 1, to: 3 } })
    expect(edit.stock).toEqual([{ variant_id: "variant_home", stock: 4 }])
    expect(edit.risky).toEqual({ title: "남원 한라봉 특품", variants: [{ ...home, price: 31000, stock: 4 }, gift] })
    expect(liveAfter(live, edit).variants[0]).toMatchObject({ price: 29000, stock: 4 })
  })

  it("ignores fields sent unchanged, and keeps a cleared subtitle as \"\"", () => {
    expect(splitLiveEdit(live, { title: live.title, description: live.description, variants: live.variants })).toEqual({ safe: {}, stock: [], risky: {} })
    expect(splitLiveEdit(live, { subtitle: undefined }).risky).toEqual({ subtitle: "" })
    expect(withPending(live, { subtitle: "" }).subtitle).toBeUndefined()
  })

  it("counts added, removed and reshaped variants as changes for review", () => {
    expect(variantsNeedReview(live.variants, [home])).toBe(true)
    expect(variantsNeedReview(live.variants, [home, gift, { weight: "5kg", use: "가정용", price: 45000, stock: 1 }])).toBe(true)
    expect(variantsNeedReview(live.variants, [home, { ...gift, use: "가정용", weight: "5kg" }])).toBe(true)
    expect(variantsNeedReview(live.variants, [{ ...home, stock: 0 }, gift])).toBe(false)
  })

  it("merges a new request into the pending change, newer keys winning", () => {
    expect(mergePending({ title: "A", description: "설명 A" }, { title: "B" })).toEqual({ title: "B", description: "설명 A" })
    expect(mergePending(null, { title: "B" })).toEqual({ title: "B" })
  })
})
