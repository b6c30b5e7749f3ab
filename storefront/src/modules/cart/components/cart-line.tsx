import { lineTotal, type CartLine as Line } from "@/lib/cart/cart-view"
import { formatWon } from "@/lib/format"
import CatalogImage from "@/modules/common/components/catalog-image"
import QuantityStepper from "./quantity-stepper"
import RemoveButton from "./remove-button"
import styles from "./cart-line.module.css"

export default function CartLine({ line }: { line: Line }) {
  const name = line.variantTitle ? `${line.title} ${line.variantTitle}` : line.title
  return (
    <li className={styles.line}>
      <div className={styles.thumb}>
        <CatalogImage src={line.thumbnail} alt={line.title} sizes="80px" />
      </div>
      <div className={styles.body}>
        <p className={styles.title}>
          {line.productHandle ? <a href={`/products/${line.productHandle}`}>{line.title}</a> : line.title}
        </p>
        {line.variantTitle && <p className={styles.variant}>{line.variantTitle}</p>}
        <p className={styles.unit}>
          <span className="muted">개당 </span>
          {formatWon(line.unitPrice)}
        </p>
        <div className={styles.controls}>
          <QuantityStepper key={line.quantity} lineId={line.id} title={name} quantity={line.quantity} max={line.maxQuantity} />
          <RemoveButton lineId={line.id} title={name} />
        </div>
      </div>
      <p className={styles.total}>
        <span className="visually-hidden">{name} 금액 </span>
        <span data-testid="line-total">{formatWon(lineTotal(line))}</span>
      </p>
    </li>
  )
}
