import { z } from "zod"
import type { FieldErrors } from "../forms"
import { backendProblems } from "./backend-message"
import { LOT_FIELDS, VARIANT_FIELDS, asCategory, lotName, noticeRows, noticeValueName, variantName, type ListingFormValues } from "./listing-form"
import { DELIVERY_TYPES, LISTING_CATEGORIES, USES, VARIETIES, type ListingInput } from "./schemas"

/**
 * The product form's values → ListingInput, with a Korean message keyed by the input it is about.
 * The same rules for 임시 저장 and 심사 요청: what a draft may lack (notice rows, quality lots) the
 * backend checks on 심사 요청, and its message is shown beside the form (problemFields).
 */

const required = (message: string) => z.string().trim().min(1, message)
/** "39,000원", "39000" → 39000; anything else is not a whole number. */
const wholeNumber = (empty: string, wrong: string) =>
  z
    .string()
    .transform((v) => v.replace(/[\s,원개]/g, ""))
    .pipe(z.string().min(1, empty).regex(/^\d+$/, wrong).transform(Number))
const decimal = (empty: string, wrong: string) =>
  z.string().trim().min(1, empty).regex(/^\d+(\.\d+)?$/, wrong).transform(Number)
const month = z.string().regex(/^(?:[1-9]|1[0-2])$/, "달을 골라 주세요.").transform(Number)

const variant = z.object({
  id: z.string(),
  weight: required("중량·수량을 입력해 주세요. 예: 3kg").max(30, "30자 이하로 입력해 주세요."),
  size: z.string().trim().max(30, "30자 이하로 입력해 주세요."),
  use: z.enum(USES, { error: "가정용 또는 선물용을 골라 주세요." }),
  price: wholeNumber("가격을 입력해 주세요.", "가격은 숫자만 입력해 주세요. 예: 39000").pipe(
    z.number().min(100, "가격은 100원 이상입니다.").max(100_000_000, "가격이 너무 큽니다. 다시 확인해 주세요.")
  ),
  stock: wholeNumber("재고 수량을 입력해 주세요. 없으면 0", "재고는 숫자만 입력해 주세요.").pipe(z.number().max(1_000_000, "재고가 너무 큽니다.")),
})

const lot = z.object({
  lot: required("로트 이름을 입력해 주세요. 예: 1차 수확").max(40, "40자 이하로 입력해 주세요."),
  brix: decimal("당도를 입력해 주세요.", "당도는 숫자로 입력해 주세요. 예: 13.5").pipe(z.number().max(40, "당도를 다시 확인해 주세요.")),
  acidity: decimal("산도를 입력해 주세요.", "산도는 숫자로 입력해 주세요. 예: 0.9").pipe(z.number().max(10, "산도를 다시 확인해 주세요.")),
  measured_on: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "측정한 날을 골라 주세요.")
    .refine((v) => !Number.isNaN(Date.parse(v)), "측정한 날을 다시 확인해 주세요."),
})

const listing = z.object({
  title: required("상품 이름을 입력해 주세요.").min(2, "상품 이름은 2자 이상으로 입력해 주세요.").max(100, "상품 이름은 100자 이하로 입력해 주세요."),
  subtitle: z.string().trim().max(200, "한 줄 소개는 200자 이하로 입력해 주세요."),
  description: required("상품 설명을 입력해 주세요.").min(10, "상품 설명은 10자 이상으로 적어 주세요.").max(5000, "상품 설명은 5000자 이하로 입력해 주세요."),
  category: z.enum(LISTING_CATEGORIES, { error: "종류를 골라 주세요." }),
  notice_type: z.enum(["coupon", "goods"], { error: "고시 종류를 골라 주세요." }),
  delivery_type: z.enum(DELIVERY_TYPES, { error: "배송 방법을 골라 주세요." }),
  origin: required("원산지를 입력해 주세요. 예: 제주 서귀포시").max(200, "원산지는 200자 이하로 입력해 주세요."),
  images: z.array(z.string()).max(10, "사진은 10장까지 올릴 수 있습니다."),
  variants: z
    .array(variant)
    .min(1, "판매 단위를 하나 이상 적어 주세요.")
    .max(30, "판매 단위는 30개까지입니다.")
    .superRefine((rows, ctx) => {
      const sized = rows.filter((v) => v.size).length
      if (sized > 0 && sized < rows.length) ctx.addIssue({ code: "custom", message: "크기는 모든 단위에 적거나, 모두 비워 두세요." })
      const seen = new Set<string>()
      rows.forEach((v, i) => {
        const key = JSON.stringify([v.weight, v.size, v.use])
        if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "weight"], message: "같은 단위가 위에 이미 있습니다. 무게·크기·용도 중 하나를 바꿔 주세요." })
        seen.add(key)
      })
    }),
})

const citrus = z.object({
  variety: z.enum(VARIETIES, { error: "품종을 골라 주세요." }),
  lots: z.array(lot).max(50, "로트는 50개까지입니다."),
})

const blankLot = (l: ListingFormValues["lots"][number]) => !l.lot.trim() && !l.brix.trim() && !l.acidity.trim() && !l.measured_on.trim()

/** An issue's path → the input name it is shown beside. */
function keyOf(path: PropertyKey[]): string {
  const [first, row, field] = path
  if (first === "variants" && typeof row === "number") return variantName(field as "price", row)
  if (first === "lots" && typeof row === "number") return lotName(field as "brix", row)
  return String(first ?? "form")
}

function collect(error: z.ZodError, errors: FieldErrors) {
  for (const issue of error.issues) errors[keyOf(issue.path)] ??= issue.message
}

export type ListingParse = { ok: true; input: ListingInput } | { ok: false; errors: FieldErrors }

export function parseListing(values: ListingFormValues): ListingParse {
  const errors: FieldErrors = {}
  const base = listing.safeParse(values)
  if (!base.success) collect(base.error, errors)

  let season: ListingInput["season"] = null
  if (!values.all_year) {
    const from = month.safeParse(values.season_from)
    const to = month.safeParse(values.season_to)
    if (!from.success) errors.season_from = "언제부터 파는지 골라 주세요. 1년 내내 팔면 '연중 판매'를 고르세요."
    if (!to.success) errors.season_to = "언제까지 파는지 골라 주세요."
    if (from.success && to.success) season = { from: from.data, to: to.data }
  }

  let citrusInput: ListingInput["citrus"]
  if (values.category === "citrus") {
    const lots = values.lots.map((l, row) => ({ l, row })).filter(({ l }) => !blankLot(l))
    const parsed = citrus.safeParse({ variety: values.variety, lots: lots.map(({ l }) => l) })
    if (parsed.success) {
      citrusInput = { variety: parsed.data.variety, lots: parsed.data.lots }
      if (parsed.data.variety === "천혜향") citrusInput.heated_greenhouse = values.heated
    } else {
      // Issues name the kept rows by position: point them at the rows as drawn.
      for (const issue of parsed.error.issues) {
        const [first, kept, field] = issue.path
        const key = first === "lots" && typeof kept === "number" ? lotName(field as "brix", lots[kept].row) : keyOf(issue.path)
        errors[key] ??= issue.message
      }
    }
  }

  if (!base.success || Object.keys(errors).length > 0) return { ok: false, errors }
  const { title, subtitle, description, category, notice_type, delivery_type, origin, images, variants } = base.data
  const input: ListingInput = {
    title,
    ...(subtitle ? { subtitle } : {}),
    description,
    category,
    ...(category === "tourism" ? { notice_type } : {}),
    delivery_type,
    season,
    gift: values.gift,
    origin,
    images,
    ...(citrusInput ? { citrus: citrusInput } : {}),
    variants: variants.map((v) => ({ ...(v.id ? { id: v.id } : {}), weight: v.weight, ...(v.size ? { size: v.size } : {}), use: v.use, price: v.price, stock: v.stock })),
    notice: noticeRows(values).map((r) => ({ label: r.label, value: r.value.trim() })).filter((r) => r.value !== ""),
  }
  return { ok: true, input }
}

/**
 * Only what the farmer changed, so a live listing's unchanged title or price never opens a review.
 * A cleared 한 줄 소개 is sent as "" (a key left out means "unchanged").
 */
export function changedFields(before: ListingInput, after: ListingInput): Partial<ListingInput> {
  const changed: Record<string, unknown> = {}
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof ListingInput>
  for (const key of keys) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue
    if (after[key] !== undefined) changed[key] = after[key]
    else if (key === "subtitle") changed.subtitle = ""
  }
  return changed as Partial<ListingInput>
}

/** A backend path (variants.0.price, citrus.lots.1.brix, season.to …) → the input showing it. */
function listingInput(path: string[]): string | null {
  const [first, second, third] = path
  const row = Number(second)
  switch (first) {
    case "variants":
      if (second === undefined) return "variants"
      return Number.isInteger(row) ? variantName((VARIANT_FIELDS as readonly string[]).includes(third) ? (third as "price") : "weight", row) : "variants"
    case "citrus":
      if (second === "lots") {
        const lotRow = Number(third)
        const field = path[3]
        return Number.isInteger(lotRow) && (LOT_FIELDS as readonly string[]).includes(field) ? lotName(field as "brix", lotRow) : "lots"
      }
      return "variety"
    case "season":
      return second === "to" ? "season_to" : "season_from"
    case "title":
    case "subtitle":
    case "description":
    case "category":
    case "notice_type":
    case "delivery_type":
    case "origin":
    case "images":
    case "notice":
      return first
    default:
      return null
  }
}

/**
 * The backend's 400 (on 저장 or 심사 요청) names each problem's field first: put each beside its
 * input, and mark every notice row whose label it lists as missing. `rest` is what names no input.
 */
export function problemFields(message: string, values: ListingFormValues): BackendProblemsOf {
  const { errors, rest } = backendProblems(message, listingInput)
  noticeRows(values).forEach((row, i) => {
    if (errors.notice?.includes(row.label) && !row.value.trim()) errors[noticeValueName(i)] = "이 항목을 채워 주세요."
  })
  if (errors.lots && asCategory(values.category) !== "citrus") {
    rest.push(errors.lots)
    delete errors.lots
  }
  return { errors, rest }
}

type BackendProblemsOf = ReturnType<typeof backendProblems>
