import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { connection } from "next/server"
import { StoreError } from "../store-error"
import { readAuthToken } from "./auth-cookie"
import { storeSdk } from "./client"

/**
 * Reads for the signed-in shopper: per person, never cached (`no-store`), authorized by the
 * token in the httpOnly cookie. A missing or expired token reads as "not signed in" (null).
 */
async function authorizedGet<T>(path: string, query?: Record<string, string | number>): Promise<T | null> {
  await connection()
  const token = await readAuthToken()
  if (!token) return null
  try {
    return await storeSdk().client.fetch<T>(path, {
      method: "GET",
      query,
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 404)) return null
    const reason = error instanceof Error ? error.message : String(error)
    throw new StoreError("unavailable", `GET ${path}: ${reason}`, { cause: error })
  }
}

export async function getCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const body = await authorizedGet<HttpTypes.StoreCustomerResponse>("/store/customers/me", { fields: "*addresses" })
  return body?.customer ?? null
}

const ORDER_FIELDS = "id,display_id,status,fulfillment_status,payment_status,created_at,total,currency_code,*items,*fulfillments,*fulfillments.labels"
/**
 * One order's page also shows each farm's parcel (courier, 송장번호, 배송 조회). Medusa 2.21's store
 * order route drops nested fields it does not allow, silently: the backend allows the fulfillments'
 * labels (backend/src/api/middlewares.ts); `items` is asked for in case it is allowed
 * too (src/lib/couriers.ts also reads the tracking and items from the fulfillment's metadata).
 */
const ORDER_DETAIL_FIELDS = `${ORDER_FIELDS},*fulfillments.items`

export async function listCustomerOrders(): Promise<HttpTypes.StoreOrder[]> {
  const body = await authorizedGet<HttpTypes.StoreOrderListResponse>("/store/orders", { fields: ORDER_FIELDS, limit: 50, order: "-created_at" })
  return body?.orders ?? []
}

export async function getCustomerOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  if (!/^order_[A-Za-z0-9]+$/.test(id)) return null
  const body = await authorizedGet<HttpTypes.StoreOrderResponse>(`/store/orders/${id}`, { fields: ORDER_DETAIL_FIELDS })
  return body?.order ?? null
}
