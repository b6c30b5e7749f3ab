/**
 * Display formatting for Korean shoppers. Money is integer won end to end; this is the one
 * place a display value is rounded (half away from zero), should a derived amount be fractional.
 */
const wonNumber = new Intl.NumberFormat("ko-KR", { maximumFractionDigits: 0 })

/** 39000 -> "39,000원" */
export function formatWon(amount: number): string {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`금액이 숫자가 아닙니다: ${amount}`)
  }
  const rounded = Math.sign(amount) * Math.round(Math.abs(amount))
  return `${wonNumber.format(rounded === 0 ? 0 : rounded)}원`
}

/**
 * The price shown on a product card: the lowest variant price, with "부터" when variants differ
 * (3kg 29,000원 / 5kg 39,000원 -> "29,000원부터"). null when no variant has a price.
 */
export function formatPriceFrom(prices: ReadonlyArray<number | null | undefined>): string | null {
  const known = prices.filter((p): p is number => typeof p === "number" && Number.isFinite(p))
  if (known.length === 0) return null
  const lowest = Math.min(...known)
  const varies = known.some((p) => p !== lowest)
  return varies ? `${formatWon(lowest)}부터` : formatWon(lowest)
}
