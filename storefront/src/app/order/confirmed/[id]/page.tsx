import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrder } from "@/lib/data/orders"
import { getBankTransfer } from "@/lib/data/shop"
import OrderConfirmation from "@/modules/order/templates/order-confirmation"

export const metadata: Metadata = { title: "주문 확인 | 서귀포in", robots: { index: false } }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ placed?: string }> }

export default async function OrderConfirmedPage({ params, searchParams }: Props) {
  const [{ id }, { placed }] = await Promise.all([params, searchParams])
  const [order, bank] = await Promise.all([getOrder(id), getBankTransfer()])
  if (!order) notFound()
  return <OrderConfirmation order={order} bank={bank} justPlaced={placed === "1"} />
}
