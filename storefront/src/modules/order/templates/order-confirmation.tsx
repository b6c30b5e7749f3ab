import type { HttpTypes } from "@medusajs/types"
import { orderStatusText } from "@/lib/account/order-status"
import type { BankTransfer } from "@/lib/data/shop"
import { formatWon } from "@/lib/format"
import BankTransferBox from "../components/bank-transfer-box"
import ParcelTracking from "../components/parcel-tracking"
import styles from "../components/order.module.css"

type Props = { order: HttpTypes.StoreOrder; bank: BankTransfer | null; justPlaced: boolean }

type GiftMeta = { is_gift?: boolean; message?: string }

/** The order as its buyer sees it after checkout or a lookup: number, state, goods, payment. */
export default function OrderConfirmation({ order, bank, justPlaced }: Props) {
  const gift = (order.metadata?.gift ?? null) as GiftMeta | null
  const address = order.shipping_address
  const awaitingTransfer = orderStatusText(order) === "입금 대기"
  return (
    <div className={styles.page}>
      <header>
        <h1>{justPlaced ? "주문이 접수되었습니다" : "주문 내역"}</h1>
        <p>
          주문번호 <strong>{order.display_id}</strong> · 상태 <strong>{orderStatusText(order)}</strong>
        </p>
        {justPlaced && <p>주문번호와 이메일({order.email})로 언제든 주문을 다시 조회할 수 있습니다.</p>}
      </header>
      {bank && awaitingTransfer && (
        <BankTransferBox bank={bank} amount={Number(order.total)} orderedAt={new Date(order.created_at)} orderNumber={order.display_id ?? ""} />
      )}
      <section aria-labelledby="items-title">
        <h2 id="items-title">주문 상품</h2>
        <ul className={styles.items}>
          {(order.items ?? []).map((item) => (
            <li key={item.id}>
              <span>
                {item.product_title} · {item.variant_title} × {item.quantity}
              </span>
              <span>{formatWon(Number(item.total ?? item.unit_price * item.quantity))}</span>
            </li>
          ))}
        </ul>
        <dl className={styles.summary}>
          <dt>상품 금액</dt>
          <dd>{formatWon(Number(order.item_total))}</dd>
          <dt>배송비</dt>
          <dd>{Number(order.shipping_total) === 0 ? "무료" : formatWon(Number(order.shipping_total))}</dd>
          <dt>결제 금액</dt>
          <dd>
            <strong>{formatWon(Number(order.total))}</strong>
          </dd>
        </dl>
      </section>
      <ParcelTracking order={order} />
      {address && (
        <section aria-labelledby="ship-title">
          <h2 id="ship-title">받는 분</h2>
          <p>
            {address.first_name} {address.phone}
            <br />({address.postal_code}) {address.address_1} {address.address_2}
          </p>
          {gift?.is_gift && <p>선물 포장: 가격이 적히지 않은 명세서로 보냅니다. {gift.message ? `메시지: “${gift.message}”` : ""}</p>}
        </section>
      )}
      <p>
        <a href="/">쇼핑 계속하기</a>
      </p>
    </div>
  )
}
