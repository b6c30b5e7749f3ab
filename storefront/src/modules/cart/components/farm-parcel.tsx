import type { FarmGroup } from "@/lib/cart/cart-view"
import { formatWon } from "@/lib/format"
import CartLine from "./cart-line"
import styles from "./farm-parcel.module.css"

/** One farm's parcel: its goods, their sum, its delivery fee and the free-delivery nudge. */
export default function FarmParcel({ group, index }: { group: FarmGroup; index: number }) {
  const headingId = `parcel-${index}`
  const name = group.farm?.name ?? "기타 상품"
  return (
    <section aria-labelledby={headingId} className={styles.parcel} data-testid="farm-parcel">
      <h2 id={headingId} className={styles.heading}>
        {group.farm ? <a href={`/farms/${group.farm.handle}`}>{name}</a> : name}
        <span className={styles.note}> 배송</span>
      </h2>
      <ul className={styles.lines}>
        {group.lines.map((line) => (
          <CartLine key={line.id} line={line} />
        ))}
      </ul>
      <dl className={styles.sums}>
        <div>
          <dt>상품 합계</dt>
          <dd>{formatWon(group.subtotal)}</dd>
        </div>
        <div>
          <dt>배송비</dt>
          <dd data-testid="parcel-fee">
            {group.fee === null ? "주문 시 계산" : group.fee === 0 ? "무료배송" : formatWon(group.fee)}
          </dd>
        </div>
      </dl>
      {group.nudge !== null && <p className={styles.nudge}>{formatWon(group.nudge)} 더 담으면 무료배송</p>}
    </section>
  )
}
