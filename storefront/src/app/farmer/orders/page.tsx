import type { Metadata } from "next"
import { canWrite, farmerRead, requirePortal } from "@/lib/data/farmer"
import type { OrderFilter } from "@/lib/farmer-api/portal"
import OrdersTemplate from "@/modules/farmer/templates/orders-template"

export const metadata: Metadata = { title: "주문 | 서귀포in", robots: { index: false } }

type Props = { searchParams: Promise<{ status?: string | string[]; shipped?: string | string[] }> }

const FILTERS: readonly OrderFilter[] = ["waiting", "shipped", "all"]

export default async function FarmerOrdersPage({ searchParams }: Props) {
  const params = await searchParams
  const status = FILTERS.find((f) => f === params.status) ?? "waiting"
  const { me, token } = await requirePortal()
  const orders = await farmerRead(token, (api, t) => api.orders(t, status))
  const shipped = typeof params.shipped === "string" && /^\w{1,20}$/.test(params.shipped) ? params.shipped : undefined
  return <OrdersTemplate me={me} orders={orders} status={status} writable={canWrite(me)} shipped={shipped} />
}
