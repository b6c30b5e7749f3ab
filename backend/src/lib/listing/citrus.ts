import type { CitrusInfo, CitrusLot, CitrusVariety } from "./schema"

/** Acidity (%) no citrus lot may exceed (DOMAIN.md: the real shop's rule). */
export const MAX_ACIDITY = 1.1

/** Minimum sugar (°Brix) of a variety's newest lot; null where the shop sets none. */
export function brixThreshold(variety: CitrusVariety, heatedGreenhouse?: boolean): number | null {
  switch (variety) {
    case "레드향":
      return 13.5
    case "한라봉":
      return 13
    case "천혜향":
      return heatedGreenhouse ? 12.5 : 13
    default:
      return null
  }
}

/** The lot that decides: the latest `measured_on` (the later entry on a tie). */
export function newestLot(lots: readonly CitrusLot[]): CitrusLot | undefined {
  return lots.reduce<CitrusLot | undefined>((best, lot) => (!best || lot.measured_on >= best.measured_on ? lot : best), undefined)
}

/** Why the citrus data cannot be on sale (empty when it can). */
export function citrusProblems(citrus: CitrusInfo): string[] {
  const lot = newestLot(citrus.lots)
  if (!lot) return ["citrus.lots: 당도·산도 측정 기록(로트)을 한 개 이상 입력해 주세요"]
  const problems: string[] = []
  const min = brixThreshold(citrus.variety, citrus.heated_greenhouse)
  if (min !== null && lot.brix < min) {
    const kind = citrus.variety === "천혜향" ? (citrus.heated_greenhouse ? " (가온 하우스)" : " (무가온)") : ""
    problems.push(`citrus.lots: 최근 로트 ${lot.lot}의 당도 ${lot.brix}°Bx가 ${citrus.variety}${kind} 기준 ${min}°Bx보다 낮습니다`)
  }
  if (lot.acidity > MAX_ACIDITY) {
    problems.push(`citrus.lots: 최근 로트 ${lot.lot}의 산도 ${lot.acidity}%가 기준 ${MAX_ACIDITY}%보다 높습니다`)
  }
  return problems
}
