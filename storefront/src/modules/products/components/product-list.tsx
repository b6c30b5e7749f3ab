import { listProducts, type ProductFilter } from "@/lib/data/products"
import ProductGrid from "./product-grid"

type Props = {
  filter: ProductFilter
  emptyText?: string
  /** Say how many products there are above the grid. */
  showCount?: boolean
}

/**
 * Reads and shows a list of products. Pages render it inside <Suspense> (fallback: GridSkeleton)
 * after their own existence check, so an unknown handle still answers 404 before streaming starts.
 */
export default async function ProductList({ filter, emptyText, showCount = false }: Props) {
  const { products, count } = await listProducts(filter)
  return (
    <>
      {showCount && <p className="muted">상품 {count.toLocaleString("ko-KR")}개</p>}
      <ProductGrid products={products} emptyText={emptyText} />
    </>
  )
}
