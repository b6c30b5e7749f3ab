import type { ListingCategory } from "./schemas"

/**
 * 상품정보제공고시 (전자상거래법 §13): the rows each kind of goods must show. A copy of the backend's
 * backend/src/lib/info-notice.ts REQUIRED_NOTICE_LABELS (the backend checks them on 심사 요청;
 * the form shows them as labelled inputs). Keep the two lists the same.
 */
export type NoticeType = "agricultural" | "seafood" | "livestock" | "processed" | "coupon" | "goods"
export type TourismNoticeType = "coupon" | "goods"

const FRESH_FOOD = [
  "품목 또는 명칭",
  "포장단위별 내용물의 용량(중량), 수량, 크기",
  "생산자",
  "원산지",
  "제조연월일(포장일 또는 생산연도)",
  "유통기한 또는 품질유지기한",
  "관련법상 표시사항",
  "상품구성",
  "보관방법 또는 취급방법",
  "소비자상담 관련 전화번호",
] as const

export const REQUIRED_NOTICE_LABELS: Record<NoticeType, readonly string[]> = {
  agricultural: FRESH_FOOD,
  seafood: FRESH_FOOD,
  livestock: [...FRESH_FOOD, "축산물 이력번호"],
  processed: [
    "제품명",
    "식품의 유형",
    "생산자 및 소재지",
    "제조연월일, 소비기한",
    "포장단위별 내용물의 용량(중량), 수량",
    "원재료명 및 함량",
    "영양성분",
    "유전자변형식품 표시",
    "소비자안전을 위한 주의사항",
    "소비자상담 관련 전화번호",
  ],
  coupon: ["발행자", "유효기간, 이용조건", "이용 가능 장소", "환불 조건 및 방법", "소비자상담 관련 전화번호"],
  goods: ["품명 및 모델명", "재질", "크기", "제조자(수입자)", "제조국", "품질보증기준", "A/S 책임자와 전화번호"],
}

/** For 관광·체험: a ticket or experience (e-쿠폰) or a thing (기념품). */
export const TOURISM_NOTICE_TYPES: readonly { value: TourismNoticeType; label: string }[] = [
  { value: "coupon", label: "이용권·체험 (쿠폰)" },
  { value: "goods", label: "기념품 등 물건" },
]

/** The notice type of a category; 관광·체험 takes the farmer's choice (a ticket unless told). */
export function noticeTypeFor(category: ListingCategory | "", tourism?: string): NoticeType | null {
  switch (category) {
    case "citrus":
    case "produce":
      return "agricultural"
    case "seafood":
    case "livestock":
    case "processed":
      return category
    case "tourism":
      return tourism === "goods" ? "goods" : "coupon"
    default:
      return null
  }
}

/** The labels to fill for a category (none until one is chosen). */
export function noticeLabelsFor(category: ListingCategory | "", tourism?: string): readonly string[] {
  const type = noticeTypeFor(category, tourism)
  return type ? REQUIRED_NOTICE_LABELS[type] : []
}
