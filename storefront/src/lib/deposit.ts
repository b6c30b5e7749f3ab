/** The last day a 무통장입금 may arrive: the order day plus the shop's deposit days, in Korea. */
export function depositDeadline(orderedAt: Date, depositDays: number): string {
  const deadline = new Date(orderedAt.getTime() + depositDays * 24 * 60 * 60 * 1000)
  return new Intl.DateTimeFormat("ko-KR", { dateStyle: "long", timeZone: "Asia/Seoul" }).format(deadline)
}
