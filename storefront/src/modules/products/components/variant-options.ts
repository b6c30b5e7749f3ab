import type { VariantView } from "@/lib/catalog/types"

/** The option names of a product's variants and each one's values, in first-seen order. */
export function optionGroups(variants: readonly VariantView[]): { name: string; values: string[] }[] {
  const groups = new Map<string, string[]>()
  for (const variant of variants) {
    for (const { name, value } of variant.options) {
      const values = groups.get(name) ?? []
      if (!values.includes(value)) values.push(value)
      groups.set(name, values)
    }
  }
  return [...groups].map(([name, values]) => ({ name, values }))
}

export type Selection = Record<string, string>

export function selectionOf(variant: VariantView | undefined): Selection {
  return Object.fromEntries((variant?.options ?? []).map((o) => [o.name, o.value]))
}

/** The variant whose option values are exactly the selection. */
export function variantFor(variants: readonly VariantView[], selection: Selection): VariantView | undefined {
  return variants.find((v) => v.options.every((o) => selection[o.name] === o.value))
}

/** Whether choosing `value` for `name` (keeping the other choices) reaches only sold-out variants. */
export function valueSoldOut(variants: readonly VariantView[], selection: Selection, name: string, value: string): boolean {
  const variant = variantFor(variants, { ...selection, [name]: value })
  return variant ? variant.soldOut : true
}
