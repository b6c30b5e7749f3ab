import type { ListingView } from "./from-product"
import { sameValue } from "./merge"
import { optionTitlesFor, variantOptions } from "./options"
import { variantTitle, type ListingInput, type ListingVariant } from "./schema"
import { productFields, type ProductContext, type ProductFields } from "./to-product"

export type VariantPlan = {
  /** The options the product must have (중량, 크기?, 구분) when `sync`. */
  option_titles: string[]
  /** Options or the set of variants change: the kept variants are rewritten with their options. */
  sync: boolean
  update: { id: string; title: string; options: Record<string, string> }[]
  create: { title: string; options: Record<string, string>; price: number; stock: number }[]
  remove: string[]
  prices: { variant_id: string; price: number }[]
}

export type StockSet = { variant_id: string; stock: number }

/** What to write to bring a product from `current` to `target` (only what differs). */
export type ApplyPlan = {
  fields: Partial<ProductFields> & { status?: string }
  variants: VariantPlan | null
  stock: StockSet[]
}

const sameOptions = (a: ListingVariant, b: ListingVariant) => a.weight === b.weight && (a.size ?? "") === (b.size ?? "") && a.use === b.use

/** Variants: matched by id; no id is a new variant, a missing id a removed one. */
export function planVariants(current: ListingView, desired: ListingVariant[], stockForKept: boolean): { variants: VariantPlan | null; stock: StockSet[] } {
  const byId = new Map(current.variants.map((v) => [v.id ?? "", v]))
  const kept = desired.filter((d): d is ListingVariant & { id: string } => !!d.id && byId.has(d.id))
  const keptIds = new Set(kept.map((d) => d.id))
  const create = desired.filter((d) => !d.id)
  const remove = current.variants.flatMap((v) => (v.id && !keptIds.has(v.id) ? [v.id] : []))
  const optionsChanged = kept.filter((d) => !sameOptions(d, byId.get(d.id)!))
  const titles = optionTitlesFor(desired)
  const sync = optionsChanged.length > 0 || create.length > 0
  const restructure = sync && !sameValue(titles, current.option_titles)
  const update = sync
    ? kept.map((d) => ({
        id: d.id,
        title: restructure || optionsChanged.includes(d) ? variantTitle(d) : (current.variant_titles[d.id] ?? variantTitle(d)),
        options: variantOptions(d),
      }))
    : []
  const prices = kept.filter((d) => d.price !== byId.get(d.id)!.price).map((d) => ({ variant_id: d.id, price: d.price }))
  const stock = stockForKept ? kept.filter((d) => d.stock !== byId.get(d.id)!.stock).map((d) => ({ variant_id: d.id, stock: d.stock })) : []
  const changed = sync || remove.length > 0 || prices.length > 0
  const variants = changed
    ? {
        option_titles: titles,
        sync,
        update,
        create: create.map((d) => ({ title: variantTitle(d), options: variantOptions(d), price: d.price, stock: d.stock })),
        remove,
        prices,
      }
    : null
  return { variants, stock }
}

/** Product fields that differ between the current listing and the target. */
export function planFields(current: ListingView, target: ListingInput, ctx: ProductContext): Partial<ProductFields> {
  const now = productFields(current, ctx)
  const next = productFields(target, ctx)
  const fields: Partial<ProductFields> = {}
  for (const key of ["title", "subtitle", "description", "type_id", "metadata"] as const) {
    if (!sameValue(now[key], next[key])) Object.assign(fields, { [key]: next[key] })
  }
  if (!sameValue(now.images, next.images)) Object.assign(fields, { images: next.images, thumbnail: next.thumbnail })
  if (current.category !== target.category) fields.category_ids = next.category_ids
  return fields
}

export function planApply(current: ListingView, target: ListingInput, ctx: ProductContext, opts: { stockForKept: boolean }): ApplyPlan {
  const { variants, stock } = planVariants(current, target.variants, opts.stockForKept)
  return { fields: planFields(current, target, ctx), variants, stock }
}

export function isEmptyPlan(plan: ApplyPlan): boolean {
  return Object.keys(plan.fields).length === 0 && !plan.variants && plan.stock.length === 0
}
