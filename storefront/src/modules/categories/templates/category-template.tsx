import { Suspense } from "react"
import type { Category } from "@/lib/catalog/types"
import GridSkeleton from "@/modules/common/components/grid-skeleton"
import ProductList from "@/modules/products/components/product-list"

export default function CategoryTemplate({ category }: { category: Category }) {
  return (
    <div className="container page">
      <h1>{category.name}</h1>
      {category.description && <p className="muted">{category.description}</p>}
      <h2 className="visually-hidden">상품 목록</h2>
      <Suspense fallback={<GridSkeleton label="분류의 상품을 불러오는 중입니다" />}>
        <ProductList
          filter={{ categoryId: category.id }}
          showCount
          emptyText="이 분류에는 아직 상품이 없습니다."
        />
      </Suspense>
    </div>
  )
}
