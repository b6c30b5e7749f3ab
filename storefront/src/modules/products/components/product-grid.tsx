import type { ProductSummary } from "@/lib/catalog/types"
import { monthInKorea } from "@/lib/season"
import ProductCard from "./product-card"
import styles from "./product-grid.module.css"

type Props = {
  products: ProductSummary[]
  /** Shown instead of the grid when there is nothing to list. */
  emptyText?: string
}

/** Two columns on a phone, three on a tablet, four on a desktop. */
export default function ProductGrid({ products, emptyText = "등록된 상품이 없습니다." }: Props) {
  if (products.length === 0) {
    return <p className={styles.empty}>{emptyText}</p>
  }
  const month = monthInKorea()
  return (
    <ul className={styles.grid}>
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard product={product} month={month} eager={i < 2} />
        </li>
      ))}
    </ul>
  )
}
