import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { connection } from "next/server"
import {
  cartTotals,
  freeDeliveryNudge,
  groupByFarm,
  itemCount,
  parcelDeliveryType,
  pickDeliveryOption,
  type CartLine,
  type CartTotals,
  type FarmGroup,
} from "../cart/cart-view"
import type { DeliveryType, FarmRef } from "../catalog/types"
import { parseFarmRef, parseProductMetadata } from "../catalog/product-metadata"
import { variantStock } from "../catalog/product-mapper"
import { StoreError } from "../store-error"
import { readCartId } from "./cart-cookie"
import { storeSdk } from "./client"
import { getFarmByHandle } from "./farms"

/**
 * Cart reads are per shopper: always `cache: "no-store"`, so the cart shows Medusa's current
 * prices and nobody is ever served another shopper's cart.
 */
const CART_FIELDS = "id,region_id,completed_at,*items"

type StoreCart = HttpTypes.StoreCart

function unavailable(path: string, error: unknown): StoreError {
  const reason = error instanceof Error ? error.message : String(error)
  return new StoreError(error instanceof FetchError ? "bad-response" : "unavailable", `${path}: ${reason}`, { cause: error })
}

/**
 * The cart by id; null when Medusa does not know it or it is already an order. `fresh` reads it
 * again after a change in the same render: React memoizes identical GETs within one render even
 * when they are not cached, and an abort signal is what opts a fetch out of that.
 */
export async function retrieveCart(cartId: string, fresh = false): Promise<StoreCart | null> {
  const path = `/store/carts/${cartId}`
  try {
    const { cart } = await storeSdk().client.fetch<HttpTypes.StoreCartResponse>(path, {
      method: "GET",
      query: { fields: CART_FIELDS },
      cache: "no-store",
      ...(fresh ? { signal: new AbortController().signal } : {}),
    })
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    throw unavailable(`GET ${path}`, error)
  }
}

/** The shopper's open cart, or null when there is none yet. */
export async function getCurrentCart(): Promise<StoreCart | null> {
  await connection()
  const cartId = await readCartId()
  return cartId ? retrieveCart(cartId) : null
}

type CartProduct = {
  farm: FarmRef | null
  deliveryType: DeliveryType | null
  stock: Map<string, number | null>
  /** Each variant's current price in the region (won), when it has one. */
  price: Map<string, number>
}

type ProductBody = {
  products: (Pick<HttpTypes.StoreProduct, "id" | "metadata" | "variants"> & { farm?: unknown })[]
}

/**
 * Farm, delivery type, stock and current prices of the cart's products. Uncached: the cart
 * compares these prices with its lines (see refreshStalePrices), so they must be current.
 */
async function cartProducts(regionId: string, ids: string[]): Promise<Map<string, CartProduct>> {
  if (ids.length === 0) return new Map()
  const path = "/store/products"
  const { products } = await storeSdk()
    .client.fetch<ProductBody>(path, {
      method: "GET",
      query: {
        id: ids,
        region_id: regionId,
        limit: ids.length,
        fields:
          "id,+metadata,+farm.*,variants.id,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder,*variants.calculated_price",
      },
      cache: "no-store",
    })
    .catch((error: unknown) => {
      throw unavailable(`GET ${path}`, error)
    })
  return new Map(
    products.map((p) => [
      p.id,
      {
        farm: parseFarmRef(p.farm),
        deliveryType: parseProductMetadata(p.metadata).deliveryType,
        stock: new Map((p.variants ?? []).map((v) => [v.id, variantStock(v)])),
        price: new Map(
          (p.variants ?? []).flatMap((v) => {
            const amount = v.calculated_price?.calculated_amount
            return typeof amount === "number" && Number.isFinite(amount) ? [[v.id, amount] as const] : []
          })
        ),
      },
    ])
  )
}

type OptionBody = {
  shipping_options: { id: string; shipping_profile_id: string; data?: Record<string, unknown> | null; type?: { code?: string } | null }[]
}

function optionDeliveryType(option: OptionBody["shipping_options"][number]): DeliveryType | null {
  const code = option.data?.delivery_type ?? option.type?.code
  return code === "normal" || code === "chilled" || code === "frozen" ? code : null
}

/**
 * The delivery option of one farm's parcel and its fee: Medusa asks the farm-delivery provider
 * with only that farm's items, so the fee is 0 once the farm's own threshold is reached.
 * Either part is null when it cannot be had.
 */
async function parcelQuote(
  cartId: string,
  options: OptionBody,
  profileId: string | null,
  type: DeliveryType
): Promise<{ optionId: string | null; fee: number | null }> {
  if (!profileId) return { optionId: null, fee: null }
  const farmOptions = options.shipping_options
    .filter((o) => o.shipping_profile_id === profileId)
    .map((o) => ({ id: o.id, deliveryType: optionDeliveryType(o) }))
  const option = pickDeliveryOption(farmOptions, type)
  if (!option) return { optionId: null, fee: null }
  try {
    const { shipping_option } = await storeSdk().client.fetch<HttpTypes.StoreShippingOptionResponse>(
      `/store/shipping-options/${option.id}/calculate`,
      { method: "POST", body: { cart_id: cartId }, cache: "no-store" }
    )
    const amount = shipping_option.amount
    return { optionId: option.id, fee: typeof amount === "number" && Number.isFinite(amount) ? Math.round(amount) : null }
  } catch {
    return { optionId: option.id, fee: null }
  }
}

export type CartView = { id: string; groups: FarmGroup[]; totals: CartTotals; count: number }

function toLine(item: HttpTypes.StoreCartLineItem, products: Map<string, CartProduct>): CartLine {
  const stock = item.variant_id ? products.get(item.product_id ?? "")?.stock.get(item.variant_id) : undefined
  return {
    id: item.id,
    productId: item.product_id ?? null,
    productHandle: item.product_handle ?? null,
    variantId: item.variant_id ?? null,
    title: item.product_title ?? item.title,
    variantTitle: item.variant_title ?? null,
    thumbnail: item.thumbnail ?? null,
    unitPrice: Number(item.unit_price),
    quantity: item.quantity,
    maxQuantity: stock === undefined ? null : stock,
  }
}

/**
 * Medusa keeps a line's price from when it was added, and an update that changes nothing does not
 * price it again. A line whose variant now costs something else is replaced by a fresh line of the
 * same variant and quantity (removed first: adding the same variant would merge into it), so the
 * cart — and so the order — never carries a stale price.
 * Returns whether anything changed.
 */
async function refreshStalePrices(cart: StoreCart, products: Map<string, CartProduct>): Promise<boolean> {
  const stale = (cart.items ?? []).filter((item) => {
    const current = item.variant_id ? products.get(item.product_id ?? "")?.price.get(item.variant_id) : undefined
    return current !== undefined && current !== Number(item.unit_price)
  })
  const sdk = storeSdk()
  for (const item of stale) {
    if (!item.variant_id) continue
    await sdk.store.cart.deleteLineItem(cart.id, item.id)
    await sdk.store.cart.createLineItem(cart.id, { variant_id: item.variant_id, quantity: item.quantity }, { fields: "id" })
  }
  return stale.length > 0
}

function productIdsOf(cart: StoreCart): string[] {
  return [...new Set((cart.items ?? []).map((i) => i.product_id).filter((id): id is string => Boolean(id)))]
}

/** The cart page: lines grouped by farm with each parcel's fee and free-delivery nudge. */
export async function getCartView(): Promise<CartView | null> {
  let cart = await getCurrentCart()
  if (!cart || (cart.items ?? []).length === 0) return null
  const products = await cartProducts(cart.region_id ?? "", productIdsOf(cart))
  if (await refreshStalePrices(cart, products)) cart = (await retrieveCart(cart.id, true)) ?? cart
  const items = [...(cart.items ?? [])].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)))
  const cartId = cart.id
  // Every farm's options (Medusa does not filter them by the cart); each parcel keeps its farm's.
  const options = await storeSdk()
    .client.fetch<OptionBody>("/store/shipping-options", {
      method: "GET",
      query: { cart_id: cartId, fields: "id,shipping_profile_id,+data,*type" },
      cache: "no-store",
    })
    .catch((): OptionBody => ({ shipping_options: [] }))
  const lines = items.map((item) => toLine(item, products))
  const grouped = groupByFarm(lines, (id) => (id ? products.get(id)?.farm ?? null : null))
  const groups = await Promise.all(
    grouped.map(async (group): Promise<FarmGroup> => {
      const farm = group.farm ? await getFarmByHandle(group.farm.handle).catch(() => null) : null
      const type = parcelDeliveryType(group.lines.map((l) => products.get(l.productId ?? "")?.deliveryType ?? null))
      const { optionId, fee } = await parcelQuote(cartId, options, farm?.shippingProfileId ?? null, type)
      const nudge = freeDeliveryNudge(group.subtotal, farm?.freeShippingThreshold ?? null, fee)
      return { ...group, deliveryType: type, deliveryOptionId: optionId, fee, nudge }
    })
  )
  return { id: cartId, groups, totals: cartTotals(groups), count: itemCount(lines) }
}
