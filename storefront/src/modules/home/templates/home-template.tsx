import { Suspense } from "react"
import GridSkeleton from "@/modules/common/components/grid-skeleton"
import ProductList from "@/modules/products/components/product-list"
import Hero from "../components/hero"

export default function HomeTemplate() {
  return (
    <>
      <Hero />
      <section className="container page" aria-labelledby="catalog-heading">
        <h2 id="catalog-heading">전체 상품</h2>
        <Suspense fallback={<GridSkeleton />}>
          <ProductList filter={{ limit: 48 }} />
        </Suspense>
      </section>
    </>
  )
}
