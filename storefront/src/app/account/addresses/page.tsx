import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getCustomer } from "@/lib/data/customer"
import AddressesTemplate from "@/modules/account/templates/addresses-template"

export const metadata: Metadata = { title: "배송지 관리 | 서귀포in", robots: { index: false } }

export default async function AddressesPage() {
  const customer = await getCustomer()
  if (!customer) redirect("/account/login")
  return <AddressesTemplate addresses={customer.addresses ?? []} />
}
