import { Suspense } from "react"
import GridSkeleton from "@/modules/common/components/grid-skeleton"
import FarmDirectory from "../components/farm-directory"

export default function FarmListTemplate({ page }: { page: number }) {
  return (
    <div className="container page">
      <h1>서귀포 농가</h1>
      <p className="muted">서귀포시가 심사해 입점한 농가와 생산자입니다. 농가를 눌러 이야기와 상품을 보세요.</p>
      <Suspense key={page} fallback={<GridSkeleton cards={4} label="농가를 불러오는 중입니다" />}>
        <FarmDirectory page={page} />
      </Suspense>
    </div>
  )
}
