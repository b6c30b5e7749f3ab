/** Calendar arithmetic in Asia/Seoul (UTC+9 all year, no daylight saving). */
const KST_OFFSET_MS = 9 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The Seoul calendar date of an instant, as a UTC-midnight Date (read it with getUTC*). */
function seoulDate(at: Date): Date {
  const shifted = new Date(at.getTime() + KST_OFFSET_MS)
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()))
}

/** The instant of 00:00 in Seoul on the given Seoul calendar date. */
const seoulMidnight = (date: Date) => new Date(date.getTime() - KST_OFFSET_MS)

/** Monday 00:00 in Seoul of the week holding `now` (weeks start on Monday). */
export function seoulWeekStart(now: Date): Date {
  const today = seoulDate(now)
  const sinceMonday = (today.getUTCDay() + 6) % 7
  return seoulMidnight(new Date(today.getTime() - sinceMonday * DAY_MS))
}

/** The 1st of the month 00:00 in Seoul of the month holding `now`. */
export function seoulMonthStart(now: Date): Date {
  const today = seoulDate(now)
  return seoulMidnight(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)))
}

/** Whole Seoul calendar days from `since` to `now` (an order placed yesterday evening waits 1 day). */
export function seoulDaysBetween(since: Date, now: Date): number {
  return Math.max(0, Math.round((seoulDate(now).getTime() - seoulDate(since).getTime()) / DAY_MS))
}
