import { DELIVERY_LABEL } from "@/lib/delivery"
import { formatWon } from "@/lib/format"
import type { FarmOrder } from "@/lib/farmer-api/schemas"
import { formatPhone } from "@/lib/phone"
import { formatDate, isLate, waitingText } from "../copy"
import styles from "../templates/portal.module.css"
import ShipForm from "./ship-form"
import TrackingLink from "./tracking-link"

type Props = { order: FarmOrder; writable: boolean; tab: string }

/** One order as the farm sees it: who gets it, what to pack, and the 발송 처리 form or its parcels. */
export default function OrderCard({ order, writable, tab }: Props) {
  const unshipped = order.items.some((i) => !i.shipped)
  const { recipient } = order
  const delivery = order.delivery?.name || DELIVERY_LABEL[order.delivery?.type as keyof typeof DELIVERY_LABEL] || ""
  return (
    <li id={`order-${order.id}`} className={styles.card}>
      <div className={styles.cardHead}>
        <h2>주문번호 {order.display_id}</h2>
        {order.canceled ? (
          <span className={`${styles.badge} ${styles.stop}`}>취소된 주문</span>
        ) : !order.payment_confirmed ? (
          <span className={`${styles.badge} ${styles.wait}`}>입금 확인 전</span>
        ) : unshipped ? (
          <span className={`${styles.badge} ${isLate(order.days_waiting) ? styles.stop : styles.wait}`}>{waitingText(order.days_waiting)}</span>
        ) : (
          <span className={`${styles.badge} ${styles.ok}`}>발송 완료</span>
        )}
      </div>
      <dl className={styles.facts}>
        <Fact label="주문일" value={formatDate(order.placed_at)} />
        <Fact label="받는 분" value={recipient.name} />
        <div>
          <dt>연락처</dt>
          <dd>{recipient.phone ? <a className={styles.tap} href={`tel:${recipient.phone.replace(/[^\d]/g, "")}`}>{formatPhone(recipient.phone)}</a> : "-"}</dd>
        </div>
        <Fact label="주소" value={`(${recipient.postal_code}) ${recipient.address_1} ${recipient.address_2}`.trim()} />
        <Fact label="배송" value={delivery} />
        {order.delivery_memo && <Fact label="배송 메모" value={order.delivery_memo} />}
        {order.gift && <Fact label="선물 메시지" value={order.gift.message || "(메시지 없음)"} />}
      </dl>
      {order.gift && <p className={styles.muted}>선물 주문입니다. 상자에 가격표나 명세서를 넣지 말아 주세요.</p>}
      <h3>보낼 상품</h3>
      <ul className={styles.items}>
        {order.items.map((item) => (
          <li key={item.id}>
            {item.title} {item.variant_title} × {item.quantity} ({formatWon(item.total)}){item.shipped ? " — 발송됨" : ""}
          </li>
        ))}
      </ul>
      {order.shipments.length > 0 && (
        <ul className={styles.items}>
          {order.shipments.map((s) => (
            <li key={s.id}>
              <TrackingLink courier={s.courier_name || s.courier} trackingNumber={s.tracking_number} url={s.tracking_url ?? null} />
            </li>
          ))}
        </ul>
      )}
      {order.canceled && <p>손님이 취소한 주문입니다. 보내지 마세요.</p>}
      {!order.canceled && !order.payment_confirmed && <p>입금이 확인되면 발송할 수 있습니다. 아직 보내지 마세요.</p>}
      {!order.canceled && order.payment_confirmed && unshipped && writable && <ShipForm orderId={order.id} displayId={order.display_id} tab={tab} />}
    </li>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value || "-"}</dd>
    </div>
  )
}
