import type { ListingVariant } from "./schema"

/** The product options a farmer's listing has: 중량, 크기 (only when the variants have sizes), 구분. */
export const OPTION_TITLES = { weight: "중량", size: "크기", use: "구분" } as const

export function optionTitlesFor(variants: readonly Pick<ListingVariant, "size">[]): string[] {
  const sized = variants.some((v) => v.size)
  return [OPTION_TITLES.weight, ...(sized ? [OPTION_TITLES.size] : []), OPTION_TITLES.use]
}

export function variantOptions(v: Pick<ListingVariant, "weight" | "size" | "use">): Record<string, string> {
  return {
    [OPTION_TITLES.weight]: v.weight,
    ...(v.size ? { [OPTION_TITLES.size]: v.size } : {}),
    [OPTION_TITLES.use]: v.use,
  }
}

/** The product options to create a listing with: each title and its values in first-seen order. */
export function productOptions(variants: readonly ListingVariant[]): { title: string; values: string[] }[] {
  return optionTitlesFor(variants).map((title) => ({
    title,
    values: [...new Set(variants.map((v) => variantOptions(v)[title]))],
  }))
}
