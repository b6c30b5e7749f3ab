import { describe, expect, it } from "vitest"
import { planDecision, planEdit, planSubmit } from "./decisions"
import { CTX, liveHallabong, NOTICE } from "./test-fixtures"

const lowLot = { lot: "2차", brix: 12.4, acidity: 0.9, measured_on: "2026-12-20" }

describe("planEdit", () => {
  it("refuses edits while the listing is in review", () => {
    expect(planEdit(liveHallabong({ status: "proposed" }), { title: "새 이름" }, null, CTX)).toMatchObject({ ok: false, message: expect.stringContaining("심사 중") })
  })

  it("applies everything to a draft, and turns a rejected listing back into a draft", () => {
    const draft = planEdit(liveHallabong({ status: "draft" }), { title: "새 이름" }, null, CTX)
    expect(draft).toMatchObject({ ok: true, pending: null, plan: { fields: { title: "새 이름" } } })
    const rejected = planEdit(liveHallabong({ status: "rejected" }), { title: "새 이름" }, null, CTX)
    expect(rejected).toMatchObject({ ok: true, plan: { fields: { title: "새 이름", status: "draft" } } })
  })

  it("keeps a live listing selling as it is: risky fields join the pending change", () => {
    const live = liveHallabong({ review_reason: "지난 변경 반려 사유" })
    const result = planEdit(live, { title: "새 이름", gift: true }, { description: "새 설명입니다. 아주 답니다." }, CTX)
    expect(result).toMatchObject({ ok: true, pending: { title: "새 이름", description: "새 설명입니다. 아주 답니다." } })
    if (!result.ok) return
    expect(result.plan.fields.title).toBeUndefined()
    expect(result.plan.fields.metadata).toMatchObject({ gift: true, review_reason: null })
  })

  it("refuses a live citrus lot below the threshold and removing required notice rows", () => {
    const live = liveHallabong()
    const low = planEdit(live, { citrus: { variety: "한라봉", lots: [...live.citrus!.lots, lowLot] } }, null, CTX)
    expect(low).toMatchObject({ ok: false, message: expect.stringMatching(/12\.4°Bx.*13°Bx/) })
    const rows = planEdit(live, { notice: NOTICE.slice(2) }, null, CTX)
    expect(rows).toMatchObject({ ok: false, message: expect.stringContaining(NOTICE[1].label) })
  })
})

describe("planSubmit", () => {
  it("sends a complete draft to review and names what an incomplete one lacks", () => {
    expect(planSubmit(liveHallabong({ status: "draft" }))).toMatchObject({ ok: true, plan: { fields: { status: "proposed" } } })
    const incomplete = planSubmit(liveHallabong({ status: "draft", notice: [], citrus: { variety: "한라봉", lots: [lowLot] } }))
    expect(incomplete).toMatchObject({ ok: false })
    if (incomplete.ok) return
    expect(incomplete.message).toContain("소비자상담 관련 전화번호")
    expect(incomplete.message).toContain("12.4°Bx")
    expect(planSubmit(liveHallabong())).toMatchObject({ ok: false })
  })
})

describe("planDecision", () => {
  it("publishes or rejects a new listing, keeping the reason for the farmer", () => {
    const inReview = liveHallabong({ status: "proposed" })
    expect(planDecision(inReview, { kind: "new", changes: null }, "approve", null, CTX)).toMatchObject({ ok: true, plan: { fields: { status: "published", metadata: { review_reason: null } } } })
    expect(planDecision(inReview, { kind: "new", changes: null }, "reject", "사진이 흐립니다", CTX)).toMatchObject({ ok: true, plan: { fields: { status: "rejected", metadata: { review_reason: "사진이 흐립니다" } } } })
  })

  it("applies an approved change without touching the stock of kept variants", () => {
    const live = liveHallabong()
    const [home, gift] = live.variants
    const approved = planDecision(live, { kind: "change", changes: { title: "새 이름", variants: [{ ...home, price: 31000, stock: 99 }, gift] } }, "approve", null, CTX)
    expect(approved).toMatchObject({ ok: true, plan: { fields: { title: "새 이름", metadata: { review_reason: null } }, stock: [], variants: { prices: [{ variant_id: "variant_home", price: 31000 }] } } })
    const rejected = planDecision(live, { kind: "change", changes: { title: "새 이름" } }, "reject", "과장 광고", CTX)
    expect(rejected).toMatchObject({ ok: true, plan: { fields: { metadata: { review_reason: "과장 광고" } }, variants: null } })
  })
})
