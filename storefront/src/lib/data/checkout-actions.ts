"use server"

import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"
import { checkoutSchema, readCheckoutForm, type CheckoutInput } from "../checkout/checkout-schema"
import { fieldErrors } from "../forms"
import { readAuthToken } from "./auth-cookie"
import { getCartView } from "./cart"
import { clearCartId, readCartId } from "./cart-cookie"
import { storeSdk } from "./client"

export type CheckoutState = { errors: Partial<Record<string, string>>; values: Record<string, string | boolean> }

function medusaAddress(input: CheckoutInput, who: "recipient" | "buyer"): HttpTypes.StoreAddAddress {
  // Korean names are written family name first, in one field: Medusa keeps them in first_name.
  return {
    first_name: who === "recipient" ? input.recipient_name : input.buyer_name,
    last_name: "",
    phone: who === "recipient" ? input.recipient_phone : input.buyer_phone,
    postal_code: input.postal_code,
    address_1: input.address_1,
    address_2: input.address_2,
    country_code: "kr",
  }
}

function refusal(error: unknown): string {
  const message = error instanceof Error || error instanceof FetchError ? error.message : String((error as { message?: unknown })?.message ?? "")
  if (/inventory|stock/i.test(message)) {
    return "재고가 부족한 상품이 있습니다. 장바구니에서 수량을 확인해 주세요."
  }
  return "주문을 완료하지 못했습니다. 잠시 후 다시 시도해 주세요."
}

/**
 * Places the order: address and contact on the cart, each farm's delivery method, 무통장입금,
 * then Medusa completes the cart (and refuses it if stock ran out meanwhile). A signed-in buyer's
 * order is theirs, and a new address is saved for next time.
 */
export async function placeOrder(_prev: CheckoutState, form: FormData): Promise<CheckoutState> {
  const raw = readCheckoutForm(form)
  const values = Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string" || typeof v === "boolean")) as CheckoutState["values"]
  const parsed = checkoutSchema.safeParse(raw)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values }
  const input = parsed.data
  const cartId = await readCartId()
  const view = cartId ? await getCartView() : null
  if (!cartId || !view) return { errors: { form: "장바구니가 비어 있습니다." }, values }
  if (view.groups.some((g) => !g.deliveryOptionId)) {
    return { errors: { form: "배송 방법을 정하지 못한 농가 상품이 있습니다. 장바구니를 확인해 주세요." }, values }
  }
  const sdk = storeSdk()
  const token = await readAuthToken()
  const auth = token ? { authorization: `Bearer ${token}` } : undefined
  let orderId: string
  try {
    await sdk.store.cart.update(
      cartId,
      {
        email: input.email,
        shipping_address: medusaAddress(input, "recipient"),
        billing_address: medusaAddress(input, "buyer"),
        metadata: {
          buyer: { name: input.buyer_name, phone: input.buyer_phone },
          delivery_memo: input.delivery_memo,
          gift: input.is_gift ? { is_gift: true, message: input.gift_message, hide_prices: true } : { is_gift: false },
        },
      },
      { fields: "id" }
    )
    if (auth) await sdk.client.fetch(`/store/carts/${cartId}/customer`, { method: "POST", headers: auth, cache: "no-store" })
    for (const group of view.groups) {
      await sdk.store.cart.addShippingMethod(cartId, { option_id: group.deliveryOptionId as string }, { fields: "id" })
    }
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: "id,total,*payment_collection" })
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
    const result = await sdk.store.cart.complete(cartId, {}, auth)
    if (result.type !== "order") return { errors: { form: refusal(result.error) }, values }
    orderId = result.order.id
  } catch (error) {
    return { errors: { form: refusal(error) }, values }
  }
  await clearCartId()
  if (auth) await saveAddress(auth, input).catch(() => undefined) // a convenience: never fails the order
  redirect(`/order/confirmed/${orderId}?placed=1`)
}

/** Keeps the delivery address for the signed-in buyer's next order, unless it is saved already. */
async function saveAddress(auth: Record<string, string>, input: CheckoutInput): Promise<void> {
  const sdk = storeSdk()
  const { customer } = await sdk.client.fetch<HttpTypes.StoreCustomerResponse>("/store/customers/me", {
    query: { fields: "*addresses" },
    headers: auth,
    cache: "no-store",
  })
  const address = medusaAddress(input, "recipient")
  const known = (customer.addresses ?? []).some(
    (a) => a.address_1 === address.address_1 && a.address_2 === address.address_2 && a.first_name === address.first_name
  )
  if (known) return
  await sdk.client.fetch("/store/customers/me/addresses", {
    method: "POST",
    body: { ...address, is_default_shipping: (customer.addresses ?? []).length === 0 },
    headers: auth,
    cache: "no-store",
  })
}
