import type { Metadata } from "next"
import OrderLookupForm from "@/modules/order/components/order-lookup-form"
import styles from "@/modules/order/components/order.module.css"

export const metadata: Metadata = { title: "비회원 주문 조회 | 서귀포in" }

export default function OrderLookupPage() {
  return (
    <div className={styles.page}>
      <h1>비회원 주문 조회</h1>
      <OrderLookupForm />
    </div>
  )
}
