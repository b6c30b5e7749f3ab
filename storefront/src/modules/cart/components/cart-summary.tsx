import type { CartTotals } from "@/lib/cart/cart-view"
import { formatWon } from "@/lib/format"
import styles from "./cart-summary.module.css"

/** 상품 금액 + 배송비 합계 = 결제 예정 금액, and the way to checkout. */
export default function CartSummary({ totals }: { totals: CartTotals }) {
  return (
    <section aria-labelledby="summary-heading" className={styles.summary}>
      <h2 id="summary-heading" className={styles.heading}>
        결제 정보
      </h2>
      <dl className={styles.rows}>
        <div>
          <dt>상품 금액</dt>
          <dd data-testid="total-items">{formatWon(totals.items)}</dd>
        </div>
        <div>
          <dt>배송비 합계</dt>
          <dd data-testid="total-shipping">{formatWon(totals.shipping)}</dd>
        </div>
        <div className={styles.grand}>
          <dt>결제 예정 금액</dt>
          <dd data-testid="total-grand">{formatWon(totals.total)}</dd>
        </div>
      </dl>
      {!totals.shippingKnown && <p className="muted">일부 배송비는 주문할 때 확정됩니다.</p>}
      <a href="/checkout" className={styles.checkout}>
        주문하기
      </a>
    </section>
  )
}
