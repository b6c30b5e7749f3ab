import { z } from "zod"

/** ListingInput (docs/farmer-api.md): what a farmer writes about one product. */

export const LISTING_CATEGORIES = ["citrus", "produce", "seafood", "livestock", "processed", "tourism"] as const
export type ListingCategory = (typeof LISTING_CATEGORIES)[number]

export const CITRUS_VARIETIES = ["한라봉", "천혜향", "레드향", "황금향", "카라향", "노지감귤", "하우스감귤", "기타"] as const
export type CitrusVariety = (typeof CITRUS_VARIETIES)[number]

export const VARIANT_USES = ["가정용", "선물용"] as const
export type VariantUse = (typeof VARIANT_USES)[number]

const month = z.number().int().min(1).max(12)

export const lotSchema = z.object({
  lot: z.string().trim().min(1).max(40),
  brix: z.number().min(0).max(40),
  acidity: z.number().min(0).max(10),
  measured_on: z.iso.date(),
})
export type CitrusLot = z.infer<typeof lotSchema>

export const citrusSchema = z.object({
  variety: z.enum(CITRUS_VARIETIES),
  heated_greenhouse: z.boolean().optional(),
  lots: z.array(lotSchema).max(50).default([]),
})
export type CitrusInfo = z.infer<typeof citrusSchema>

export const variantSchema = z.object({
  id: z.string().startsWith("variant_").optional(),
  weight: z.string().trim().min(1).max(30),
  size: z
    .string()
    .trim()
    .max(30)
    .optional()
    .transform((v) => v || undefined),
  use: z.enum(VARIANT_USES),
  price: z.number().int().min(100, "가격은 100원 이상이어야 합니다").max(100_000_000),
  stock: z.number().int().min(0).max(1_000_000),
})
export type ListingVariant = { id?: string; weight: string; size?: string; use: VariantUse; price: number; stock: number }

export const noticeRowSchema = z.object({ label: z.string().trim().min(1).max(100), value: z.string().trim().max(2000) })
export type NoticeRow = z.infer<typeof noticeRowSchema>

const fields = {
  title: z.string().trim().min(2).max(100),
  subtitle: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
  description: z.string().trim().min(10).max(5000),
  category: z.enum(LISTING_CATEGORIES),
  notice_type: z.enum(["coupon", "goods"]).optional(),
  delivery_type: z.enum(["normal", "chilled", "frozen"]),
  season: z.object({ from: month, to: month }).nullable(),
  gift: z.boolean(),
  origin: z.string().trim().min(1).max(200),
  images: z.array(z.url({ protocol: /^https?$/ })).max(10),
  citrus: citrusSchema.optional(),
  variants: z.array(variantSchema).min(1).max(30),
  notice: z.array(noticeRowSchema).max(40),
}

const listingObject = z.object(fields)
export type ListingInput = Omit<z.infer<typeof listingObject>, "subtitle" | "variants"> & { subtitle?: string; variants: ListingVariant[] }
export type ListingPatch = Partial<ListingInput>

/** A new listing (a draft: notice rows, lots and photos may still be missing). */
export const createListingSchema = z
  .object({
    ...fields,
    season: fields.season.default(null),
    gift: fields.gift.default(false),
    images: fields.images.default([]),
    notice: fields.notice.default([]),
  })
  .superRefine((listing, ctx) => {
    for (const problem of listingProblems(listing)) ctx.addIssue({ code: "custom", path: problem.path, message: problem.message })
  })

/** An edit: any subset of the fields; the whole listing is checked after merging. */
export const listingPatchSchema = listingObject.partial()

export type Problem = { path: (string | number)[]; message: string }

/** Rules across fields (a listing that breaks one cannot be saved, draft or not). */
export function listingProblems(listing: ListingInput): Problem[] {
  const problems: Problem[] = []
  if (listing.category === "citrus" && !listing.citrus) {
    problems.push({ path: ["citrus"], message: "감귤·만감류는 품종(citrus.variety)을 입력해 주세요" })
  }
  const sized = listing.variants.filter((v) => v.size).length
  if (sized > 0 && sized < listing.variants.length) {
    problems.push({ path: ["variants"], message: "크기는 모든 구성에 입력하거나 모두 비워 두세요" })
  }
  const seen = new Set<string>()
  const ids = new Set<string>()
  listing.variants.forEach((v, i) => {
    const key = variantKey(v)
    if (seen.has(key)) problems.push({ path: ["variants", i], message: `같은 구성(${variantTitle(v)})이 두 번 있습니다` })
    seen.add(key)
    if (v.id && ids.has(v.id)) problems.push({ path: ["variants", i, "id"], message: "같은 구성 id가 두 번 있습니다" })
    if (v.id) ids.add(v.id)
  })
  return problems
}

export function variantTitle(v: Pick<ListingVariant, "weight" | "size" | "use">): string {
  return [v.weight, v.size, v.use].filter(Boolean).join(" / ")
}

function variantKey(v: Pick<ListingVariant, "weight" | "size" | "use">): string {
  return JSON.stringify([v.weight, v.size ?? "", v.use])
}
