import { z } from "zod"
import { NOTICE_TYPES } from "../../lib/info-notice"

/**
 * The shape of the data files under /seed. The seed script parses every file with
 * these schemas first, so a mistake in the data stops seeding before anything is written.
 */

const handle = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle must be ASCII kebab-case")
const won = z.number().int().nonnegative()
const month = z.number().int().min(1).max(12)

export const deliveryTypeSchema = z.enum(["normal", "chilled", "frozen"])
export type DeliveryType = z.infer<typeof deliveryTypeSchema>

export const categoryHandleSchema = z.enum([
  "citrus",
  "produce",
  "seafood",
  "livestock",
  "processed",
  "tourism",
])
export type CategoryHandle = z.infer<typeof categoryHandleSchema>

export const storeSchema = z.object({
  name: z.string().min(1),
  region: z.object({ name: z.string(), currency_code: z.literal("krw"), countries: z.array(z.string().length(2)).min(1) }),
  sales_channel: z.object({ name: z.string(), description: z.string() }),
  publishable_key_title: z.string(),
  stock_location: z.object({
    name: z.string(),
    address: z.object({
      address_1: z.string(),
      city: z.string(),
      province: z.string(),
      postal_code: z.string().regex(/^63\d{3}$/),
      country_code: z.literal("kr"),
      phone: z.string(),
    }),
  }),
  bank_transfer: z.object({
    bank: z.string(),
    account_number: z.string(),
    holder: z.string(),
    deposit_days: z.number().int().positive(),
  }),
})

export const categorySchema = z.object({
  handle: categoryHandleSchema,
  name: z.string(),
  description: z.string(),
  rank: z.number().int().nonnegative(),
})

export const certificationSchema = z.object({
  type: z.enum(["GAP", "친환경", "유기농", "무농약", "HACCP", "지리적표시", "동물복지", "이력제"]),
  number: z.string().min(1),
})

export const deliveryOptionSchema = z.object({
  type: deliveryTypeSchema,
  name: z.string(), // 일반 택배, 냉장 택배, 냉동 택배, 모바일 이용권
  price: won,
})

export const farmSchema = z.object({
  handle,
  name: z.string(),
  representative: z.string(),
  town: z.string().regex(/[읍면동]$/, "town is a 읍·면·동 of Seogwipo"),
  address: z.string(),
  phone: z.string().regex(/^0\d{1,2}-\d{3,4}-\d{4}$/),
  email: z.string().email(),
  story: z.string().min(20),
  established_year: z.number().int().min(1900).max(2026),
  certifications: z.array(certificationSchema),
  delivery: z.object({
    options: z.array(deliveryOptionSchema).min(1),
    free_threshold: won.nullable(),
  }),
})

/** One row of the 상품정보제공고시 table, in the order the page shows it. */
export const noticeRowSchema = z.object({ label: z.string(), value: z.string() })

export const variantSchema = z.object({
  title: z.string(),
  sku: z.string().regex(/^[A-Z0-9-]+$/),
  options: z.record(z.string(), z.string()),
  price: won.min(100),
  stock: z.number().int().nonnegative(),
  weight_g: z.number().int().positive().optional(),
})

export const artSchema = z.object({
  image: z.string().regex(/^[a-z0-9-]+\.svg$/), // a file in seed/images
})

export const productSchema = z.object({
  handle,
  title: z.string(),
  subtitle: z.string(),
  description: z.string().min(30),
  category: categoryHandleSchema,
  farm: handle,
  delivery_type: deliveryTypeSchema,
  season: z.object({ from: month, to: month }).nullable(), // harvest/sale season; null: all year
  origin: z.string(), // 원산지, e.g. "국산(제주특별자치도 서귀포시 남원읍)"
  tags: z.array(z.string()).default([]),
  gift: z.boolean().default(false), // a gift set (선물세트)
  quality: z.object({ brix: z.number(), acidity: z.number() }).optional(), // citrus lots
  images: z.array(z.string().regex(/^[a-z0-9-]+\.svg$/)).min(1),
  options: z.array(z.object({ title: z.string(), values: z.array(z.string()).min(1) })).min(1),
  variants: z.array(variantSchema).min(1),
  notice_type: z.enum(NOTICE_TYPES),
  notice: z.array(noticeRowSchema).min(5),
})

export type StoreSeed = z.infer<typeof storeSchema>
export type CategorySeed = z.infer<typeof categorySchema>
export type FarmSeed = z.infer<typeof farmSchema>
export type ProductSeed = z.infer<typeof productSchema>
