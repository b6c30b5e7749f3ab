/**
 * What a farmer reads about their farm's standing on /farmer: plain words, one status at a time.
 * Pure, so it is unit-tested.
 */
export const FARM_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type FarmStatus = (typeof FARM_STATUSES)[number]

export type StatusCopy = {
  status: FarmStatus
  /** The status in two or three words: 심사 중, 승인됨, 반려, 판매 중지. */
  label: string
  /** Colour of the card: waiting, good, stopped. */
  tone: "wait" | "ok" | "stop"
  /** Sentences under the label, in reading order. */
  lines: string[]
  /** The department's reason, for rejected and suspended farms (null when none was given). */
  reason: string | null
}

export function isFarmStatus(value: unknown): value is FarmStatus {
  return typeof value === "string" && (FARM_STATUSES as readonly string[]).includes(value)
}

/** The card for a status; an unknown status reads as 심사 중 (nothing is opened by mistake). */
export function farmStatusCopy(status: string, statusReason?: string | null): StatusCopy {
  const reason = statusReason?.trim() || null
  switch (isFarmStatus(status) ? status : "pending") {
    case "approved":
      return {
        status: "approved",
        label: "승인됨",
        tone: "ok",
        lines: ["판매를 시작할 수 있습니다."],
        reason: null,
      }
    case "rejected":
      return {
        status: "rejected",
        label: "반려",
        tone: "stop",
        lines: ["입점 신청이 받아들여지지 않았습니다.", "아래 사유를 확인하시고, 궁금한 점은 감귤농정과로 연락해 주세요."],
        reason,
      }
    case "suspended":
      return {
        status: "suspended",
        label: "판매 중지",
        tone: "stop",
        lines: ["지금은 상품을 팔 수 없습니다.", "지난 주문과 정산 내역은 계속 볼 수 있습니다."],
        reason,
      }
    default:
      return {
        status: "pending",
        label: "심사 중",
        tone: "wait",
        lines: ["감귤농정과에서 신청서를 확인하고 있습니다. 보통 3일 안에 알려 드립니다."],
        reason: null,
      }
  }
}
