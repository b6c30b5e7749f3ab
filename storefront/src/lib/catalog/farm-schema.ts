import { z } from "zod"
import type { Certification, Farm, FarmDetail } from "./types"

/**
 * The custom farm routes (GET /store/farms, GET /store/farms/:handle) are ours, not Medusa's,
 * so their responses are parsed here rather than trusted.
 */
const certificationSchema = z.object({ type: z.string(), number: z.string() })

/** Stored as a list, or as `{ items: [...] }` (the model's JSON default). */
const certificationsSchema = z
  .union([
    z.array(certificationSchema),
    z.object({ items: z.array(certificationSchema) }).transform((v) => v.items),
  ])
  .nullish()
  .transform((v): Certification[] => v ?? [])

const farmSchema = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  representative: z.string().nullish(),
  town: z.string(),
  address: z.string().nullish(),
  phone: z.string().nullish(),
  email: z.string().nullish(),
  story: z.string().nullish(),
  established_year: z.number().int().nullish(),
  certifications: certificationsSchema,
  free_shipping_threshold: z.number().nullish(),
  shipping_profile_id: z.string().nullish(),
})

const farmProductSchema = z.object({
  id: z.string(),
  handle: z.string(),
  title: z.string(),
  thumbnail: z.string().nullish(),
})

export const farmListResponseSchema = z.object({
  farms: z.array(farmSchema),
  count: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
})

export const farmResponseSchema = z.object({
  farm: farmSchema.extend({ products: z.array(farmProductSchema).nullish() }),
})

function toFarm(raw: z.infer<typeof farmSchema>): Farm {
  return {
    id: raw.id,
    handle: raw.handle,
    name: raw.name,
    representative: raw.representative ?? null,
    town: raw.town,
    address: raw.address ?? null,
    phone: raw.phone ?? null,
    email: raw.email ?? null,
    story: raw.story ?? "",
    establishedYear: raw.established_year ?? null,
    certifications: raw.certifications,
    freeShippingThreshold: raw.free_shipping_threshold ?? null,
    shippingProfileId: raw.shipping_profile_id ?? null,
  }
}

export function parseFarmList(body: unknown): { farms: Farm[]; count: number } {
  const parsed = farmListResponseSchema.parse(body)
  return { farms: parsed.farms.map(toFarm), count: parsed.count }
}

export function parseFarmDetail(body: unknown): FarmDetail {
  const { farm } = farmResponseSchema.parse(body)
  return {
    ...toFarm(farm),
    products: (farm.products ?? []).map((p) => ({ ...p, thumbnail: p.thumbnail ?? null })),
  }
}
