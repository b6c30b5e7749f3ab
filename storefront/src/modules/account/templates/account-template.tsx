import type { HttpTypes } from "@medusajs/types"
import { formatWon } from "@/lib/format"
import { orderStatusText } from "@/lib/account/order-status"
import { signOut } from "@/lib/data/account-actions"
import styles from "./account.module.css"

type Props = { customer: HttpTypes.StoreCustomer; orders: HttpTypes.StoreOrder[] }

const date = new Intl.DateTimeFormat("ko-KR", { dateStyle: "medium", timeZone: "Asia/Seoul" })

export default function AccountTemplate({ customer, orders }: Props) {
  return (
    <div className={styles.page}>
      <header className={styles.head}>
        <h1>{customer.first_name}님의 계정</h1>
        <p>{customer.email}</p>
        <form action={signOut}>
          <button type="submit" className={styles.signOut}>
            로그아웃
          </button>
        </form>
      </header>
      <nav aria-label="계정 메뉴" className={styles.nav}>
        <a href="/account/addresses">배송지 관리</a>
      </nav>
      <section aria-labelledby="orders-title">
        <h2 id="orders-title">주문 내역</h2>
        {orders.length === 0 ? (
          <p>
            아직 주문이 없습니다. <a href="/">제철 상품 보러 가기</a>
          </p>
        ) : (
          <ul className={styles.orders}>
            {orders.map((order) => (
              <li key={order.id}>
                <a href={`/account/orders/${order.id}`} className={styles.order}>
                  <span>주문번호 {order.display_id}</span>
                  <span>{date.format(new Date(order.created_at))}</span>
                  <span>{formatWon(Number(order.total))}</span>
                  <strong>{orderStatusText(order)}</strong>
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
