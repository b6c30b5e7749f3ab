import gridStyles from "@/modules/products/components/product-grid.module.css"
import styles from "./skeleton.module.css"

/** Grey cards in the product grid's shape while the catalog loads. */
export default function GridSkeleton({ cards = 8, label = "상품을 불러오는 중입니다" }: { cards?: number; label?: string }) {
  return (
    <div role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      <ul className={gridStyles.grid} aria-hidden="true">
        {Array.from({ length: cards }, (_, i) => (
          <li key={i}>
            <div className={`${styles.block} ${styles.square}`} />
            <div className={`${styles.block} ${styles.line}`} />
            <div className={`${styles.block} ${styles.line} ${styles.short}`} />
          </li>
        ))}
      </ul>
    </div>
  )
}
