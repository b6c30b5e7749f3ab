/** Harvest or sale season in months 1–12; `null` means all year. It may wrap the new year (12 -> 2). */
export type Season = { from: number; to: number } | null

function isMonth(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 12
}

/** Builds a season from product metadata; anything but two valid months means all year. */
export function toSeason(from: unknown, to: unknown): Season {
  const f = typeof from === "string" ? Number(from) : from
  const t = typeof to === "string" ? Number(to) : to
  if (typeof f !== "number" || typeof t !== "number" || !isMonth(f) || !isMonth(t)) return null
  return { from: f, to: t }
}

/** "연중", "5월", "5월~9월", "12월~이듬해 2월" */
export function seasonText(season: Season): string {
  if (season === null) return "연중"
  const { from, to } = season
  if (from === to) return `${from}월`
  if (from < to) return `${from}월~${to}월`
  return `${from}월~이듬해 ${to}월`
}

/** The months of a season in order, e.g. {12, 2} -> [12, 1, 2]; all year -> 1..12. */
export function seasonMonths(season: Season): number[] {
  if (season === null) return Array.from({ length: 12 }, (_, i) => i + 1)
  const months: number[] = []
  let month = season.from
  for (;;) {
    months.push(month)
    if (month === season.to) return months
    month = (month % 12) + 1
  }
}

/** Whether `month` (1–12) falls in the season. */
export function isInSeason(season: Season, month: number): boolean {
  return seasonMonths(season).includes(month)
}

const koreaMonth = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Seoul", month: "numeric" })

/** The month (1–12) it is now in Korea, whatever the server's time zone. */
export function monthInKorea(date: Date = new Date()): number {
  return Number(koreaMonth.format(date))
}
