import type { Metadata } from "next"
import { getCartView } from "@/lib/data/cart"
import CartTemplate from "@/modules/cart/templates/cart-template"

export const metadata: Metadata = { title: "장바구니", robots: { index: false } }

export default async function CartPage() {
  return <CartTemplate cart={await getCartView()} />
}
