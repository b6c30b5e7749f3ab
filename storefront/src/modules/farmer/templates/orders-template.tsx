import type { FarmerMe } from "@/lib/farmer-api"
import type { OrderFilter } from "@/lib/farmer-api/portal"
import type { FarmOrder } from "@/lib/farmer-api/schemas"
import OrderCard from "../components/order-card"
import PortalPage from "../components/portal-page"
import farmer from "./farmer.module.css"
import styles from "./portal.module.css"

type Props = { me: FarmerMe; orders: FarmOrder[]; status: OrderFilter; writable: boolean; shipped?: string }

const TABS: { status: OrderFilter; label: string }[] = [
  { status: "waiting", label: "발송 대기" },
  { status: "shipped", label: "발송 완료" },
  { status: "all", label: "전체" },
]

const EMPTY: Record<OrderFilter, string> = {
  waiting: "지금 보낼 주문이 없습니다.",
  shipped: "아직 보낸 주문이 없습니다.",
  all: "아직 들어온 주문이 없습니다.",
}

/** /farmer/orders: the farm's part of each order, oldest waiting first, with 발송 처리 on each. */
export default function OrdersTemplate({ me, orders, status, writable, shipped }: Props) {
  return (
    <PortalPage me={me} section="orders" title="주문" lead="입금이 확인된 주문을 택배로 보내고, 택배사와 송장번호를 적어 주세요.">
      <nav aria-label="주문 보기">
        <ul className={styles.tabs}>
          {TABS.map((tab) => (
            <li key={tab.status}>
              <a href={`/farmer/orders?status=${tab.status}`} aria-current={tab.status === status ? "page" : undefined}>
                {tab.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {shipped && (
        <p className={farmer.notice} role="status">
          주문번호 {shipped} 발송 처리를 했습니다. 손님에게 송장번호가 전달됩니다.
        </p>
      )}
      {orders.length === 0 ? (
        <p>{EMPTY[status]}</p>
      ) : (
        <ul className={styles.list}>
          {orders.map((order) => (
            <OrderCard key={order.id} order={order} writable={writable} tab={status} />
          ))}
        </ul>
      )}
      <p>
        주문이 많으면{" "}
        <a className={styles.tap} href="/farmer/shipments">
          송장 일괄 등록
        </a>
        으로 한 번에 올릴 수 있습니다.
      </p>
    </PortalPage>
  )
}
