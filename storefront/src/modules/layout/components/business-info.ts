/**
 * The operator's business information that 전자상거래법 §10 requires on the shop's first screen.
 * Registration numbers are placeholders (marked 예시) until the department registers the shop;
 * phone and e-mail are fictional. The representative is named by role, not by person.
 */
export const BUSINESS_INFO = [
  { label: "상호", value: "서귀포in (운영: 서귀포시 감귤농정과)" },
  { label: "대표자", value: "서귀포시장" },
  { label: "주소", value: "제주특별자치도 서귀포시 중앙로 105 서귀포시청" },
  { label: "전화", value: "064-760-0000 (평일 09:00~18:00)" },
  { label: "이메일", value: "help@seogwipo-in.example" },
  { label: "사업자등록번호", value: "000-00-00000 (예시)" },
  { label: "통신판매업 신고번호", value: "제0000-제주서귀포-0000호 (예시)" },
] as const
