import type { Metadata } from "next"
import { canWrite, farmerRead, requirePortal } from "@/lib/data/farmer"
import OrderCard from "@/modules/farmer/components/order-card"
import PortalPage from "@/modules/farmer/components/portal-page"
import styles from "@/modules/farmer/templates/portal.module.css"

export const metadata: Metadata = { title: "주문 | 서귀포in", robots: { index: false } }

type Props = { params: Promise<{ id: string }> }

/** One order, as the new-order e-mail links it: the farm's part and its ship form. */
export default async function FarmerOrderPage({ params }: Props) {
  const { id } = await params
  const { me, token } = await requirePortal()
  const order = await farmerRead(token, (api, t) => api.order(t, id))
  return (
    <PortalPage me={me} section="orders" title={`주문 ${order.display_id}`} lead="이 주문에서 우리 농장이 보낼 상품입니다.">
      <ul className={styles.list}>
        <OrderCard order={order} writable={canWrite(me)} tab="all" />
      </ul>
      <p>
        <a className={styles.tap} href="/farmer/orders">
          주문 목록으로
        </a>
      </p>
    </PortalPage>
  )
}
