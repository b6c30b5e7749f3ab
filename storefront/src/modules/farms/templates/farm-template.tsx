import { Suspense } from "react"
import type { FarmDetail } from "@/lib/catalog/types"
import GridSkeleton from "@/modules/common/components/grid-skeleton"
import ProductList from "@/modules/products/components/product-list"
import FarmProfile from "../components/farm-profile"

export default function FarmTemplate({ farm }: { farm: FarmDetail }) {
  return (
    <div className="container page">
      <FarmProfile farm={farm} />
      <section aria-labelledby="farm-products-heading">
        <h2 id="farm-products-heading">{farm.name}의 상품</h2>
        <Suspense fallback={<GridSkeleton cards={4} label="농가의 상품을 불러오는 중입니다" />}>
          <ProductList
            filter={{ ids: farm.products.map((p) => p.id) }}
            emptyText="지금 판매 중인 상품이 없습니다."
          />
        </Suspense>
      </section>
    </div>
  )
}
