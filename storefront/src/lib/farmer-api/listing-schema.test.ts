import { describe, expect, it } from "vitest"
import { emptyListingValues, listingValues, noticeRows, readListingForm, type ListingFormValues } from "./listing-form"
import { changedFields, parseListing, problemFields } from "./listing-schema"
import { REQUIRED_NOTICE_LABELS } from "./notice-labels"
import { productDetailSchema } from "./schemas"

function filled(over: Partial<ListingFormValues> = {}): ListingFormValues {
  return {
    ...emptyListingValues(),
    title: " 서귀포 한라봉 ",
    description: "새콤달콤한 서귀포 한라봉입니다",
    category: "citrus",
    delivery_type: "normal",
    season_from: "12",
    season_to: "3",
    origin: "제주 서귀포시 남원읍",
    variety: "한라봉",
    variants: [{ id: "", weight: "3kg", size: "", use: "선물용", price: "39,000원", stock: "12" }],
    ...over,
  }
}

/** The form as the browser would post it. */
function formOf(entries: [string, string][]): FormData {
  const form = new FormData()
  for (const [k, v] of entries) form.append(k, v)
  return form
}

describe("reading the product form", () => {
  it("reads numbered rows, photos, checkboxes and notice rows", () => {
    const values = readListingForm(
      formOf([
        ["title", "천혜향"],
        ["category", "citrus"],
        ["all_year", "1"],
        ["image", "http://b/1.jpg"],
        ["image", "http://b/2.jpg"],
        ["variant_id_0", "variant_1"],
        ["variant_weight_0", "3kg"],
        ["variant_size_0", "대과"],
        ["variant_use_0", "가정용"],
        ["variant_price_0", "29000"],
        ["variant_stock_0", "5"],
        ["variant_id_1", ""],
        ["variant_weight_1", "5kg"],
        ["variant_size_1", ""],
        ["variant_use_1", "선물용"],
        ["variant_price_1", "45000"],
        ["variant_stock_1", "0"],
        ["lot_lot_0", "1차"],
        ["lot_brix_0", "13.2"],
        ["lot_acidity_0", "0.9"],
        ["lot_measured_on_0", "2026-01-10"],
        ["notice_label_0", "원산지"],
        ["notice_value_0", "제주"],
      ])
    )
    expect(values.all_year).toBe(true)
    expect(values.gift).toBe(false)
    expect(values.images).toEqual(["http://b/1.jpg", "http://b/2.jpg"])
    expect(values.variants.map((v) => [v.id, v.weight, v.use, v.price])).toEqual([
      ["variant_1", "3kg", "가정용", "29000"],
      ["", "5kg", "선물용", "45000"],
    ])
    expect(values.lots).toEqual([{ lot: "1차", brix: "13.2", acidity: "0.9", measured_on: "2026-01-10" }])
    expect(values.notice).toEqual({ 원산지: "제주" })
  })
})

describe("form → ListingInput", () => {
  it("turns typed text into the contract's numbers and leaves out what is empty", () => {
    const result = parseListing(filled({ notice: { 원산지: " 제주 서귀포 ", 생산자: "" } }))
    expect(result).toEqual({
      ok: true,
      input: {
        title: "서귀포 한라봉",
        description: "새콤달콤한 서귀포 한라봉입니다",
        category: "citrus",
        delivery_type: "normal",
        season: { from: 12, to: 3 },
        gift: false,
        origin: "제주 서귀포시 남원읍",
        images: [],
        citrus: { variety: "한라봉", lots: [] },
        variants: [{ weight: "3kg", use: "선물용", price: 39000, stock: 12 }],
        notice: [{ label: "원산지", value: "제주 서귀포" }],
      },
    })
  })

  it("names each wrong input in Korean, rows by their input name", () => {
    const result = parseListing(
      filled({
        title: "",
        season_from: "",
        variants: [{ id: "", weight: "3kg", size: "", use: "가정용", price: "50", stock: "많음" }],
        lots: [
          { lot: "", brix: "", acidity: "", measured_on: "" },
          { lot: "2차", brix: "높음", acidity: "0.8", measured_on: "2026-01-10" },
        ],
      })
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toMatchObject({
      title: "상품 이름을 입력해 주세요.",
      variant_price_0: "가격은 100원 이상입니다.",
      variant_stock_0: "재고는 숫자만 입력해 주세요.",
      lot_brix_1: "당도는 숫자로 입력해 주세요. 예: 13.5",
    })
    expect(result.errors.season_from).toContain("연중 판매")
    expect(result.errors).not.toHaveProperty("lot_lot_0")
  })

  it("sends 가온 only for 천혜향, notice_type only for 관광·체험, no citrus part for other goods", () => {
    const chj = parseListing(filled({ variety: "천혜향", heated: true }))
    expect(chj.ok && chj.input.citrus).toEqual({ variety: "천혜향", heated_greenhouse: true, lots: [] })
    const hallabong = parseListing(filled({ heated: true }))
    expect(hallabong.ok && hallabong.input.citrus).toEqual({ variety: "한라봉", lots: [] })
    const tour = parseListing(filled({ category: "tourism", notice_type: "goods", all_year: true }))
    expect(tour.ok && [tour.input.notice_type, tour.input.citrus, tour.input.season]).toEqual(["goods", undefined, null])
    const fish = parseListing(filled({ category: "seafood" }))
    expect(fish.ok && "notice_type" in fish.input).toBe(false)
  })

  it("asks for at least one variant", () => {
    const result = parseListing(filled({ variants: [] }))
    expect(!result.ok && result.errors.variants).toBe("판매 단위를 하나 이상 적어 주세요.")
  })
})

describe("a stored listing in the form", () => {
  const detail = productDetailSchema.parse({
    product: {
      id: "prod_1",
      state: "live",
      title: "한라봉",
      description: "껍질이 얇고 단 한라봉입니다",
      category: "citrus",
      delivery_type: "normal",
      season: { from: 12, to: 3 },
      gift: true,
      origin: "제주",
      images: ["http://b/1.jpg"],
      citrus: { variety: "한라봉", lots: [{ lot: "1차", brix: 13.4, acidity: 0.8, measured_on: "2026-01-05T00:00:00.000Z" }] },
      variants: [{ id: "variant_1", weight: "3kg", use: "선물용", price: 39000, stock: 7 }],
      notice: [{ label: "원산지", value: "제주" }],
      pending_change: { title: "서귀포 한라봉", variants: [{ id: "variant_1", weight: "3kg", use: "선물용", price: 41000, stock: 7 }] },
    },
  }).product

  it("shows the pending change over the live version", () => {
    const values = listingValues(detail)
    expect(values.title).toBe("서귀포 한라봉")
    expect(values.variants[0]).toMatchObject({ id: "variant_1", price: "41000", stock: "7" })
    expect(values.lots[0].measured_on).toBe("2026-01-05")
    expect(noticeRows(values)).toHaveLength(REQUIRED_NOTICE_LABELS.agricultural.length)
  })

  it("sends only what changed", () => {
    const values = listingValues(detail)
    const before = parseListing(values)
    const after = parseListing({ ...values, variants: [{ ...values.variants[0], stock: "3" }], subtitle: "" })
    if (!before.ok || !after.ok) throw new Error("expected valid values")
    expect(changedFields(before.input, after.input)).toEqual({ variants: [{ id: "variant_1", weight: "3kg", use: "선물용", price: 41000, stock: 3 }] })
    const cleared = parseListing({ ...values, subtitle: "" })
    const withSubtitle = parseListing({ ...values, subtitle: "새콤" })
    if (!cleared.ok || !withSubtitle.ok) throw new Error("expected valid values")
    expect(changedFields(withSubtitle.input, cleared.input)).toEqual({ subtitle: "" })
  })
})

describe("the backend's 400 on 저장 or 심사 요청", () => {
  it("puts each field-first line beside its input and marks the missing notice labels", () => {
    const values = filled({ notice: { 원산지: "제주" } })
    const message = [
      "notice: 상품정보제공고시 항목을 채워 주세요: 생산자, 원산지",
      "images: 상품 사진을 한 장 이상 올려 주세요",
      "citrus.lots: 최근 로트 1차의 당도 12.1°Bx가 한라봉 기준 13°Bx보다 낮습니다",
      "variants.1.price: 100 이상이어야 합니다",
      "season.to: 필수 항목입니다",
      "이미 심사 중인 상품입니다",
    ].join("\n")
    const { errors, rest } = problemFields(message, values)
    const labels = noticeRows(values).map((r) => r.label)
    expect(errors[`notice_value_${labels.indexOf("생산자")}`]).toBe("이 항목을 채워 주세요.")
    expect(errors).not.toHaveProperty(`notice_value_${labels.indexOf("원산지")}`)
    expect(errors).toMatchObject({
      images: "상품 사진을 한 장 이상 올려 주세요",
      lots: expect.stringContaining("12.1°Bx"),
      variant_price_1: "100 이상이어야 합니다",
      season_to: "필수 항목입니다",
    })
    expect(rest).toEqual(["이미 심사 중인 상품입니다"])
  })

  it("names each quality lot's own input", () => {
    const { errors } = problemFields("citrus.lots.0.measured_on: 날짜는 YYYY-MM-DD 형식이어야 합니다\ncitrus: 품종을 입력해 주세요", filled())
    expect(errors).toEqual({ lot_measured_on_0: "날짜는 YYYY-MM-DD 형식이어야 합니다", variety: "품종을 입력해 주세요" })
  })

  it("checks sizes all or none, and the same variant twice, as the backend does", () => {
    const row = { id: "", weight: "3kg", size: "", use: "가정용", price: "30000", stock: "1" }
    const mixed = parseListing(filled({ variants: [row, { ...row, weight: "5kg", size: "대과" }] }))
    expect(!mixed.ok && mixed.errors.variants).toBe("크기는 모든 단위에 적거나, 모두 비워 두세요.")
    const twice = parseListing(filled({ variants: [row, { ...row }] }))
    expect(!twice.ok && twice.errors.variant_weight_1).toContain("같은 단위")
  })
})
