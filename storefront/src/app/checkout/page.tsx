import type { Metadata } from "next"
import { redirect } from "next/navigation"
import type { HttpTypes } from "@medusajs/types"
import { getCartView } from "@/lib/data/cart"
import { getCustomer } from "@/lib/data/customer"
import { getBankTransfer } from "@/lib/data/shop"
import type { CheckoutDefaults } from "@/modules/checkout/components/checkout-form"
import CheckoutTemplate from "@/modules/checkout/templates/checkout-template"

export const metadata: Metadata = { title: "주문하기 | 서귀포in", robots: { index: false } }

/** A signed-in buyer starts from their details and the address they used last. */
function defaultsFor(customer: HttpTypes.StoreCustomer | null): CheckoutDefaults {
  if (!customer) return {}
  const addresses = customer.addresses ?? []
  const address = addresses.find((a) => a.is_default_shipping) ?? addresses.at(-1)
  return {
    buyer_name: customer.first_name ?? undefined,
    buyer_phone: customer.phone ?? undefined,
    email: customer.email,
    recipient_name: address?.first_name ?? customer.first_name ?? undefined,
    recipient_phone: address?.phone ?? customer.phone ?? undefined,
    postal_code: address?.postal_code ?? undefined,
    address_1: address?.address_1 ?? undefined,
    address_2: address?.address_2 ?? undefined,
  }
}

export default async function CheckoutPage() {
  const [view, customer, bank] = await Promise.all([getCartView(), getCustomer(), getBankTransfer()])
  if (!view) redirect("/cart")
  return <CheckoutTemplate view={view} bank={bank} defaults={defaultsFor(customer)} />
}
