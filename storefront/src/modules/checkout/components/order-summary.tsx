import type { CartView } from "@/lib/data/cart"
import { DELIVERY_LABEL } from "@/lib/delivery"
import { formatWon } from "@/lib/format"
import styles from "./checkout.module.css"

/** Each farm's parcel with its delivery method and fee, then the totals: what the buyer pays. */
export default function OrderSummary({ view }: { view: CartView }) {
  return (
    <section aria-labelledby="summary-title" className={styles.card}>
      <h2 id="summary-title">주문 상품 · 농가별 배송</h2>
      {view.groups.map((group) => (
        <div key={group.farm?.id ?? "other"} className={styles.parcel}>
          <h3>{group.farm?.name ?? "기타 상품"} 발송</h3>
          <ul>
            {group.lines.map((line) => (
              <li key={line.id}>
                {line.title} {line.variantTitle ? `· ${line.variantTitle}` : ""} × {line.quantity}
              </li>
            ))}
          </ul>
          <p>
            배송 방법: {group.deliveryType ? DELIVERY_LABEL[group.deliveryType] : "택배"} ·{" "}
            {group.fee === 0 ? "무료배송" : group.fee === null ? "배송비 확인 중" : formatWon(group.fee)}
          </p>
        </div>
      ))}
      <dl className={styles.totals}>
        <dt>상품 금액</dt>
        <dd>{formatWon(view.totals.items)}</dd>
        <dt>배송비</dt>
        <dd>{formatWon(view.totals.shipping)}</dd>
        <dt>결제 금액</dt>
        <dd>
          <strong>{formatWon(view.totals.total)}</strong>
        </dd>
      </dl>
    </section>
  )
}
