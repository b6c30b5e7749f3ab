import { z } from "zod"
import { toSeason } from "../season"
import type { DeliveryType, FarmRef, InfoNoticeRow } from "./types"
import type { Season } from "../season"

/**
 * Product metadata as the seed (and later farmers) write it. Each key is parsed on its own and
 * falls back to "absent" when malformed, so one bad value never breaks a product page.
 */
const metadataSchema = z.object({
  delivery_type: z.enum(["normal", "chilled", "frozen"]).nullable().catch(null),
  season_from: z.unknown(),
  season_to: z.unknown(),
  origin: z.string().trim().min(1).nullable().catch(null),
  gift: z.boolean().catch(false),
  quality: z.object({ brix: z.number(), acidity: z.number() }).nullable().catch(null),
  info_notice: z
    .array(z.object({ label: z.string(), value: z.string() }))
    .catch([]),
})

export type ProductMetadata = {
  deliveryType: DeliveryType | null
  season: Season
  origin: string | null
  gift: boolean
  quality: { brix: number; acidity: number } | null
  infoNotice: InfoNoticeRow[]
}

export function parseProductMetadata(metadata: unknown): ProductMetadata {
  const m = metadataSchema.parse(typeof metadata === "object" && metadata !== null ? metadata : {})
  return {
    deliveryType: m.delivery_type,
    season: toSeason(m.season_from, m.season_to),
    origin: m.origin,
    gift: m.gift,
    quality: m.quality,
    infoNotice: m.info_notice.filter((row) => row.label.trim() !== ""),
  }
}

const farmRefSchema = z.object({
  id: z.string(),
  handle: z.string(),
  name: z.string(),
  town: z.string().nullish(),
})

/** The `farm` link field on a product: an object, or a one-element list for list links. */
export function parseFarmRef(value: unknown): FarmRef | null {
  const candidate = Array.isArray(value) ? value[0] : value
  const parsed = farmRefSchema.safeParse(candidate)
  if (!parsed.success) return null
  const { id, handle, name, town } = parsed.data
  return { id, handle, name, town: town ?? null }
}
