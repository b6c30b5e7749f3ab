import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { getCustomer, getCustomerOrder } from "@/lib/data/customer"
import OrderDetail from "@/modules/account/templates/order-detail"

export const metadata: Metadata = { title: "주문 상세 | 서귀포in" }

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!(await getCustomer())) redirect("/account/login")
  const order = await getCustomerOrder(id)
  if (!order) notFound()
  return <OrderDetail order={order} />
}
