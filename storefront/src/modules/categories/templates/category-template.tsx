import { Suspense } from "react"
import type { Category } from "@/lib/catalog/types"
import { listingQuery, type ListingParams } from "@/lib/listing-params"
import GridSkeleton from "@/modules/common/components/grid-skeleton"
import CategoryListing from "../components/category-listing"

type Props = { category: Category; params: ListingParams }

export default function CategoryTemplate({ category, params }: Props) {
  return (
    <div className="container page">
      <h1>{category.name}</h1>
      {category.description && <p className="muted">{category.description}</p>}
      <Suspense key={listingQuery(params)} fallback={<GridSkeleton label="분류의 상품을 불러오는 중입니다" />}>
        <CategoryListing category={category} params={params} />
      </Suspense>
    </div>
  )
}
