import StatusMessage from "@/modules/common/components/status-message"

export const metadata = { title: "페이지를 찾을 수 없습니다" }

export default function NotFound() {
  return (
    <StatusMessage code="404" title="페이지를 찾을 수 없습니다">
      <p>주소가 바뀌었거나 판매가 끝난 상품일 수 있습니다.</p>
      <a href="/">서귀포in 홈으로 가기</a>
    </StatusMessage>
  )
}
