import type { ListingState } from "@/lib/farmer-api/schemas"

/** The portal's words for states, dates and waits: plain Korean, one place. Pure (unit-tested). */

export type Tone = "wait" | "ok" | "stop" | "draft"
export type Badge = { label: string; tone: Tone }

const STATE: Record<ListingState, Badge> = {
  draft: { label: "작성중", tone: "draft" },
  in_review: { label: "심사중", tone: "wait" },
  live: { label: "판매중", tone: "ok" },
  rejected: { label: "반려", tone: "stop" },
}

/** A listing's badge: a live one waiting on a change reads "판매중 · 변경 심사중". */
export function listingBadge(state: ListingState, pendingChange: boolean): Badge {
  if (state === "live" && pendingChange) return { label: "판매중 · 변경 심사중", tone: "wait" }
  return STATE[state]
}

/** "오늘 들어온 주문" for day 0, then "3일째 대기". */
export function waitingText(days: number): string {
  const whole = Math.max(0, Math.floor(days))
  return whole === 0 ? "오늘 들어온 주문" : `${whole}일째 대기`
}

/** Three days or more without shipping is late for fresh goods. */
export const isLate = (days: number) => days >= 3

const dateFormat = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", year: "numeric", month: "long", day: "numeric" })
const shortFormat = new Intl.DateTimeFormat("ko-KR", { timeZone: "Asia/Seoul", month: "long", day: "numeric" })

/** "2026년 11월 20일" in Korea's time; text that is not a date is shown as it is. */
export function formatDate(iso: string | null | undefined, short = false): string {
  if (!iso) return ""
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return (short ? shortFormat : dateFormat).format(date)
}

/** A settlement period: "2026년 11월 1일 ~ 11월 15일". */
export function periodText(start: string, end: string): string {
  const from = formatDate(start)
  const to = formatDate(end)
  const sameYear = from.slice(0, 5) === to.slice(0, 5)
  return `${from} ~ ${sameYear ? formatDate(end, true) : to}`
}

const SETTLEMENT: Record<string, Badge> = {
  draft: { label: "정산 예정", tone: "draft" },
  pending: { label: "정산 예정", tone: "draft" },
  open: { label: "정산 예정", tone: "draft" },
  confirmed: { label: "지급 대기", tone: "wait" },
  approved: { label: "지급 대기", tone: "wait" },
  paid: { label: "지급 완료", tone: "ok" },
  held: { label: "보류", tone: "stop" },
}

export function settlementBadge(status: string): Badge {
  return SETTLEMENT[status] ?? { label: status || "확인 중", tone: "draft" }
}

export function roleText(role: string): string {
  return role === "owner" ? "대표" : "구성원"
}
