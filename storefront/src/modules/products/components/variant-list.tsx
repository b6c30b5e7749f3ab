import type { VariantView } from "@/lib/catalog/types"
import { formatWon } from "@/lib/format"
import styles from "./variant-list.module.css"

function optionText(variant: VariantView): string {
  if (variant.options.length === 0) return variant.title
  return variant.options.map((o) => `${o.name} ${o.value}`).join(" · ")
}

/** Every variant with its option values and price; the picker (a client component) comes later. */
export default function VariantList({ variants }: { variants: VariantView[] }) {
  if (variants.length === 0) return null
  return (
    <section aria-labelledby="variants-heading" className={styles.section}>
      <h2 id="variants-heading" className={styles.heading}>
        옵션별 가격
      </h2>
      <ul className={styles.list}>
        {variants.map((variant) => (
          <li key={variant.id} className={variant.soldOut ? `${styles.row} ${styles.soldOutRow}` : styles.row}>
            <span className={styles.name}>{optionText(variant)}</span>
            <span className={styles.price}>
              {variant.price === null ? "가격 준비 중" : formatWon(variant.price)}
              {variant.soldOut && <span className={styles.soldOut}>품절</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
