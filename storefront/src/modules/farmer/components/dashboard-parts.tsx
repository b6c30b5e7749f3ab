import { formatWon } from "@/lib/format"
import type { FarmDashboard } from "@/lib/farmer-api/schemas"
import { formatDate, isLate, waitingText } from "../copy"
import styles from "../templates/portal.module.css"

/** 발송 대기: oldest first, each with how long it has waited; late ones in red. */
export function WaitingOrders({ waiting, writable }: { waiting: FarmDashboard["waiting"]; writable: boolean }) {
  return (
    <section aria-labelledby="waiting-title">
      <h2 id="waiting-title">보내야 할 주문 {waiting.length}건</h2>
      {waiting.length === 0 ? (
        <p>지금 보낼 주문이 없습니다.</p>
      ) : (
        <ul className={styles.list}>
          {waiting.map((order) => (
            <li key={order.id} className={styles.card}>
              <div className={styles.cardHead}>
                <a className={styles.tap} href={`/farmer/orders?status=waiting#order-${encodeURIComponent(order.id)}`}>
                  <strong>주문번호 {order.display_id}</strong>
                </a>
                <span className={isLate(order.days_waiting) ? styles.late : undefined}>{waitingText(order.days_waiting)}</span>
              </div>
              <p className={styles.muted}>
                {formatDate(order.placed_at)} 주문 · 상품 {order.item_count}개
              </p>
            </li>
          ))}
        </ul>
      )}
      {waiting.length > 0 && (
        <p>
          <a className={styles.button} href="/farmer/orders?status=waiting">
            {writable ? "주문 보고 발송하기" : "주문 보기"}
          </a>
        </p>
      )}
    </section>
  )
}

/** 재고 부족: what will sell out soon, with a way to fix it. */
export function LowStock({ items }: { items: FarmDashboard["low_stock"] }) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby="low-stock-title">
      <h2 id="low-stock-title">재고가 적은 상품</h2>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.variant_id} className={styles.card}>
            <div className={styles.cardHead}>
              <a className={styles.tap} href={`/farmer/products/${encodeURIComponent(item.product_id)}#stock`}>{item.title}</a>
              <strong className={item.stock === 0 ? styles.late : undefined}>{item.stock === 0 ? "품절" : `${item.stock}개 남음`}</strong>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function Sales({ sales }: { sales: FarmDashboard["sales"] }) {
  return (
    <section aria-labelledby="sales-title">
      <h2 id="sales-title">판매 금액</h2>
      <dl className={styles.figures}>
        <div>
          <dt>이번 주</dt>
          <dd>{formatWon(sales.week)}</dd>
        </div>
        <div>
          <dt>이번 달</dt>
          <dd>{formatWon(sales.month)}</dd>
        </div>
      </dl>
    </section>
  )
}

const SECTIONS = [
  { href: "/farmer/products", title: "상품", text: "상품을 올리고 재고를 고칩니다." },
  { href: "/farmer/orders", title: "주문", text: "들어온 주문을 보고 발송합니다." },
  { href: "/farmer/shipments", title: "송장 일괄 등록", text: "송장번호를 파일 하나로 올립니다." },
  { href: "/farmer/settlements", title: "정산", text: "판매 대금과 정산 내역을 봅니다." },
  { href: "/farmer/members", title: "구성원", text: "가족·직원을 초대해 함께 관리합니다." },
]

export function SectionLinks() {
  return (
    <section aria-labelledby="sections-title">
      <h2 id="sections-title">판매 관리</h2>
      <ul className={styles.links}>
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <a href={s.href}>
              <strong>{s.title}</strong>
              <span>{s.text}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
