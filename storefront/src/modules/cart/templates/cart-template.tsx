import type { CartView } from "@/lib/data/cart"
import CartSummary from "../components/cart-summary"
import FarmParcel from "../components/farm-parcel"
import styles from "./cart-template.module.css"

export default function CartTemplate({ cart }: { cart: CartView | null }) {
  return (
    <div className={`container page ${styles.cart}`}>
      <h1>장바구니</h1>
      {!cart ? (
        <div className={styles.empty}>
          <p>장바구니가 비어 있습니다.</p>
          <a href="/">서귀포 농가의 상품 둘러보기</a>
        </div>
      ) : (
        <div className={styles.layout}>
          <div>
            <p className="muted">농가마다 따로 포장해 산지에서 바로 보냅니다.</p>
            {cart.groups.map((group, i) => (
              <FarmParcel key={group.farm?.id ?? "other"} group={group} index={i} />
            ))}
          </div>
          <CartSummary totals={cart.totals} />
        </div>
      )}
    </div>
  )
}
