import type { HttpTypes } from "@medusajs/types"
import { formatWon } from "@/lib/format"
import { orderStatusText } from "@/lib/account/order-status"
import ParcelTracking from "@/modules/order/components/parcel-tracking"
import styles from "./account.module.css"

/** One order: its state, its goods, and each farm's parcel with the courier's tracking link. */
export default function OrderDetail({ order }: { order: HttpTypes.StoreOrder }) {
  return (
    <div className={styles.page}>
      <p>
        <a href="/account">← 내 계정</a>
      </p>
      <h1>주문번호 {order.display_id}</h1>
      <p>
        상태: <strong>{orderStatusText(order)}</strong>
      </p>
      <ul className={styles.items}>
        {(order.items ?? []).map((item) => (
          <li key={item.id}>
            {item.product_title} · {item.variant_title} × {item.quantity} — {formatWon(Number(item.total ?? item.unit_price * item.quantity))}
          </li>
        ))}
      </ul>
      <p>결제 금액 {formatWon(Number(order.total))}</p>
      <ParcelTracking order={order} />
    </div>
  )
}
