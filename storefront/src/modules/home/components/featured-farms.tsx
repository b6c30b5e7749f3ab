import { listFarms } from "@/lib/data/farms"
import FarmGrid from "@/modules/farms/components/farm-grid"

/** A few approved farms (the first page of GET /store/farms, cached under the `farms` tag). */
export default async function FeaturedFarms() {
  const { farms } = await listFarms(4, 0)
  if (farms.length === 0) return <p className="muted">입점 농가를 준비하고 있습니다.</p>
  return <FarmGrid farms={farms} />
}
