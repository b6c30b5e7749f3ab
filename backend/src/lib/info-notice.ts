/**
 * 상품정보제공고시 (전자상거래법 §13, 공정위 고시): the rows each kind of goods must show.
 * One list per notice type; seed data and (later) farmer listings are checked against it.
 */
export const NOTICE_TYPES = [
  "agricultural", // 농산물
  "seafood", // 수산물
  "livestock", // 축산물 (이력번호 필수)
  "processed", // 가공식품
  "coupon", // 모바일 이용권·체험 (e-쿠폰)
  "goods", // 기타 재화 (기념품)
] as const
export type NoticeType = (typeof NOTICE_TYPES)[number]

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
  coupon: [
    "발행자",
    "유효기간, 이용조건",
    "이용 가능 장소",
    "환불 조건 및 방법",
    "소비자상담 관련 전화번호",
  ],
  goods: [
    "품명 및 모델명",
    "재질",
    "크기",
    "제조자(수입자)",
    "제조국",
    "품질보증기준",
    "A/S 책임자와 전화번호",
  ],
}

/** The required labels a notice lacks (empty values count as missing). */
export function missingNoticeLabels(
  type: NoticeType,
  rows: ReadonlyArray<{ label: string; value: string }>
): string[] {
  const filled = new Set(rows.filter((r) => r.value.trim() !== "").map((r) => r.label))
  return REQUIRED_NOTICE_LABELS[type].filter((label) => !filled.has(label))
}
