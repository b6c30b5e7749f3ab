import type { HttpTypes } from "@medusajs/types"
import { orderParcels } from "@/lib/couriers"
import { formatWon } from "@/lib/format"
import { orderStatusText } from "@/lib/account/order-status"
import styles from "./account.module.css"
import parcelStyles from "./parcels.module.css"

/** One order: its state, its goods, and each farm's parcel with the courier's tracking link. */
export default function OrderDetail({ order }: { order: HttpTypes.StoreOrder }) {
  const parcels = orderParcels(order)
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
      {parcels.length > 0 && (
        <section aria-labelledby="parcels-title">
          <h2 id="parcels-title">배송 조회</h2>
          <p>농가마다 따로 보냅니다. 택배사 이름 옆 &lsquo;배송 조회&rsquo;를 누르면 택배사 화면이 새 창으로 열립니다.</p>
          <ul className={parcelStyles.parcels}>
            {parcels.map((p) => (
              <li key={p.id}>
                {p.farm && <strong>{p.farm}</strong>}
                {p.items.length > 0 && <span>{p.items.join(", ")}</span>}
                <span>
                  {p.courier ?? "택배"} 송장번호 {p.trackingNumber}
                </span>
                {p.trackingUrl && (
                  <a href={p.trackingUrl} target="_blank" rel="noopener noreferrer">
                    배송 조회<span className="visually-hidden"> ({p.courier ?? "택배사"}, 새 창)</span>
                  </a>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
