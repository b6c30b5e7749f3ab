import { listFarms } from "@/lib/data/farms"
import Pagination from "@/modules/common/components/pagination"
import FarmGrid from "./farm-grid"

const FARMS_PER_PAGE = 12

/** One page of approved farms, read with the API's limit/offset; a page past the end shows the last. */
export default async function FarmDirectory({ page }: { page: number }) {
  let current = page
  let { farms, count } = await listFarms(FARMS_PER_PAGE, (current - 1) * FARMS_PER_PAGE)
  const pageCount = Math.max(1, Math.ceil(count / FARMS_PER_PAGE))
  if (current > pageCount) {
    current = pageCount
    ;({ farms, count } = await listFarms(FARMS_PER_PAGE, (current - 1) * FARMS_PER_PAGE))
  }
  if (farms.length === 0) return <p className="muted">아직 입점한 농가가 없습니다.</p>
  return (
    <>
      <p className="muted">농가 {count.toLocaleString("ko-KR")}곳</p>
      <FarmGrid farms={farms} wide />
      <Pagination page={current} pageCount={pageCount} hrefFor={(p) => (p > 1 ? `/farms?page=${p}` : "/farms")} />
    </>
  )
}
