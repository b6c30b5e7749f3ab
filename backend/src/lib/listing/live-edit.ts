import type { ListingView } from "./from-product"
import { mergeListing, sameValue } from "./merge"
import type { ListingInput, ListingPatch, ListingVariant } from "./schema"

/** Fields a live listing takes at once (still validated): they do not change what is sold. */
export const SAFE_KEYS = ["delivery_type", "season", "notice", "citrus", "gift", "origin"] as const
/** Fields that wait for the department: what the shopper reads and pays. Variants are split apart. */
export const RISKY_KEYS = ["title", "subtitle", "description", "images", "category", "notice_type"] as const

export type LiveEdit = {
  /** Applies at once. */
  safe: ListingPatch
  /** Stock of existing variants: applies at once. */
  stock: { variant_id: string; stock: number }[]
  /** Waits for review: the keys that differ from the live listing (a cleared subtitle is ""). */
  risky: ListingPatch
}

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key)

export function splitLiveEdit(live: ListingView, patch: ListingPatch): LiveEdit {
  const safe: ListingPatch = {}
  const risky: Record<string, unknown> = {}
  for (const key of SAFE_KEYS) {
    if (has(patch, key) && !sameValue(patch[key], live[key])) Object.assign(safe, { [key]: patch[key] })
  }
  for (const key of RISKY_KEYS) {
    if (has(patch, key) && !sameValue(patch[key], live[key])) risky[key] = key === "subtitle" ? (patch.subtitle ?? "") : patch[key]
  }
  const stock: LiveEdit["stock"] = []
  if (patch.variants) {
    const byId = new Map(live.variants.map((v) => [v.id, v]))
    for (const v of patch.variants) {
      const was = v.id ? byId.get(v.id) : undefined
      if (v.id && was && was.stock !== v.stock) stock.push({ variant_id: v.id, stock: v.stock })
    }
    if (variantsNeedReview(live.variants, patch.variants)) risky.variants = patch.variants
  }
  return { safe, stock, risky: risky as ListingPatch }
}

/** Adding or removing variants, or changing a price or a variant's options, needs review. */
export function variantsNeedReview(live: ListingVariant[], next: ListingVariant[]): boolean {
  const byId = new Map(live.map((v) => [v.id, v]))
  if (next.some((v) => !v.id || !byId.has(v.id))) return true
  if (new Set(next.map((v) => v.id)).size !== live.length) return true
  return next.some((v) => {
    const was = byId.get(v.id)!
    return was.price !== v.price || was.weight !== v.weight || (was.size ?? "") !== (v.size ?? "") || was.use !== v.use
  })
}

/** The live listing after the safe part and the stock of an edit. */
export function liveAfter(live: ListingView, edit: LiveEdit): ListingView {
  const stock = new Map(edit.stock.map((s) => [s.variant_id, s.stock]))
  const merged = mergeListing(live, edit.safe)
  return { ...merged, variants: merged.variants.map((v) => (v.id && stock.has(v.id) ? { ...v, stock: stock.get(v.id)! } : v)) }
}

/** One pending change per listing: a new request's keys replace the pending ones, the others stay. */
export function mergePending(pending: ListingPatch | null, risky: ListingPatch): ListingPatch {
  return { ...(pending ?? {}), ...risky }
}

/** What the listing will be once the pending change is approved. */
export function withPending<T extends ListingInput>(live: T, pending: ListingPatch | null): T {
  return pending ? mergeListing(live, pending) : live
}

/** Variant ids an edit names that are not the product's (answered 404). */
export function foreignVariantIds(current: ListingView, ids: (string | undefined)[]): string[] {
  const own = new Set(current.variants.map((v) => v.id))
  return ids.filter((id): id is string => !!id && !own.has(id))
}
