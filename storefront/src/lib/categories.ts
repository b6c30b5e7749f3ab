/**
 * The six categories of 서귀포in, in menu order. The handles are fixed by the seed; the names are
 * what the header shows without asking the backend (the category page reads its own from it).
 */
export const CATEGORIES = [
  { handle: "citrus", name: "감귤·만감류" },
  { handle: "produce", name: "농산물" },
  { handle: "seafood", name: "수산물" },
  { handle: "livestock", name: "축산물" },
  { handle: "processed", name: "가공식품" },
  { handle: "tourism", name: "관광·체험" },
] as const

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

export function categoryName(handle: string): string | null {
  return CATEGORIES.find((c) => c.handle === handle)?.name ?? null
}
