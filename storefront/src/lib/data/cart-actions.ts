"use server"

import { FetchError } from "@medusajs/js-sdk"
import { refresh, updateTag } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { clearCartId, readCartId, writeCartCount, writeCartId } from "./cart-cookie"
import { retrieveCart } from "./cart"
import { storeSdk } from "./client"
import { getRegion } from "./regions"
import { TAGS } from "./tags"

/** What a cart action tells the form: a Korean message when it failed. */
export type CartActionState = { ok: boolean; message: string | null }

const MAX_QUANTITY = 99

const addSchema = z.object({
  productId: z.string().regex(/^prod_[A-Za-z0-9]+$/, "상품을 찾을 수 없습니다."),
  variantId: z.string().regex(/^variant_[A-Za-z0-9]+$/, "옵션을 선택해 주세요."),
  quantity: z.coerce.number().int().min(1, "수량은 1개 이상이어야 합니다.").max(MAX_QUANTITY, `수량은 ${MAX_QUANTITY}개까지입니다.`),
})

const lineSchema = z.string().regex(/^cali_[A-Za-z0-9]+$/)
const quantitySchema = z.number().int().min(1).max(MAX_QUANTITY)

/** Medusa's refusal in Korean: out of stock is the one shoppers meet. */
function failure(error: unknown): CartActionState {
  if (error instanceof FetchError) {
    if (/inventory|stock|재고/i.test(error.message)) {
      return { ok: false, message: "재고가 부족합니다. 품절되었거나 남은 수량보다 많이 담을 수 없습니다." }
    }
    if (error.status === 404) return { ok: false, message: "장바구니 또는 상품을 찾을 수 없습니다. 새로고침해 주세요." }
  }
  return { ok: false, message: "장바구니를 바꾸지 못했습니다. 잠시 후 다시 시도해 주세요." }
}

/** What a cart change asks Medusa to answer with: enough for the header's count. */
const COUNT_FIELDS = { fields: "id,items.quantity" }

/**
 * Everything that shows the cart re-renders with the new contents; the header's count follows,
 * from the cart Medusa answered the change with (no second read).
 */
async function changed(cartId: string, cart: { items?: { quantity: number }[] | null } | undefined) {
  updateTag(TAGS.cart(cartId))
  refresh()
  await writeCartCount((cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0))
}

async function openCartId(): Promise<string> {
  const existing = await readCartId()
  if (existing && (await retrieveCart(existing))) return existing
  const region = await getRegion()
  const { cart } = await storeSdk().store.cart.create({ region_id: region.id }, { fields: "id" })
  await writeCartId(cart.id)
  return cart.id
}

/**
 * Adds a variant; refuses a sold-out variant (Medusa checks the stock too). With intent=buy
 * (the "바로 구매" button) checkout opens once the item is in the cart.
 */
export async function addToCart(_prev: CartActionState, form: FormData): Promise<CartActionState> {
  const result = await addVariant(form)
  if (result.ok && form.get("intent") === "buy") redirect("/checkout")
  return result
}

async function addVariant(form: FormData): Promise<CartActionState> {
  const input = addSchema.safeParse({ variantId: form.get("variantId"), productId: form.get("productId"), quantity: form.get("quantity") ?? 1 })
  if (!input.success) return { ok: false, message: input.error.issues[0]?.message ?? "입력을 확인해 주세요." }
  const { productId, variantId, quantity } = input.data
  try {
    const stock = await variantStock(productId, variantId)
    if (stock !== null && stock < quantity) {
      return { ok: false, message: stock === 0 ? "품절된 옵션은 담을 수 없습니다." : `남은 수량은 ${stock}개입니다.` }
    }
    const cartId = await openCartId()
    const { cart } = await storeSdk().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, COUNT_FIELDS)
    await changed(cartId, cart)
    return { ok: true, message: "장바구니에 담았습니다." }
  } catch (error) {
    return failure(error)
  }
}

export async function updateLineQuantity(lineId: string, quantity: number): Promise<CartActionState> {
  const cartId = await readCartId()
  if (!cartId || !lineSchema.safeParse(lineId).success || !quantitySchema.safeParse(quantity).success) {
    return { ok: false, message: "수량을 확인해 주세요." }
  }
  try {
    const { cart } = await storeSdk().store.cart.updateLineItem(cartId, lineId, { quantity }, COUNT_FIELDS)
    await changed(cartId, cart)
    return { ok: true, message: null }
  } catch (error) {
    return failure(error)
  }
}

export async function removeLineItem(lineId: string): Promise<CartActionState> {
  const cartId = await readCartId()
  if (!cartId || !lineSchema.safeParse(lineId).success) return { ok: false, message: "삭제할 상품을 찾을 수 없습니다." }
  try {
    const { parent } = await storeSdk().store.cart.deleteLineItem(cartId, lineId, COUNT_FIELDS)
    await changed(cartId, parent)
    return { ok: true, message: null }
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) await clearCartId()
    return failure(error)
  }
}

/** The variant's orderable stock right now (uncached), null when not limited. */
async function variantStock(productId: string, variantId: string): Promise<number | null> {
  const region = await getRegion()
  const { products } = await storeSdk().client.fetch<{
    products: { variants?: { id: string; inventory_quantity?: number | null; manage_inventory?: boolean | null; allow_backorder?: boolean | null }[] | null }[]
  }>("/store/products", {
    method: "GET",
    query: {
      id: productId,
      region_id: region.id,
      limit: 1,
      fields: "id,variants.id,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder",
    },
    cache: "no-store",
  })
  const variant = products[0]?.variants?.find((v) => v.id === variantId)
  if (!variant) throw new FetchError("variant not found", "Not Found", 404)
  if (variant.manage_inventory === false || variant.allow_backorder === true) return null
  return Math.max(0, variant.inventory_quantity ?? 0)
}
