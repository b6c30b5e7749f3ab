import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getCustomer, listCustomerOrders } from "@/lib/data/customer"
import AccountTemplate from "@/modules/account/templates/account-template"

export const metadata: Metadata = { title: "내 계정 | 서귀포in" }

export default async function AccountPage() {
  const customer = await getCustomer()
  if (!customer) redirect("/account/login")
  const orders = await listCustomerOrders()
  return <AccountTemplate customer={customer} orders={orders} />
}
