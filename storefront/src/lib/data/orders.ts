import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { connection } from "next/server"
import { StoreError } from "../store-error"
import { storeSdk } from "./client"

const ORDER_FIELDS =
  "id,display_id,email,status,payment_status,fulfillment_status,created_at,total,item_total,shipping_total,currency_code,metadata,*items,*shipping_address,*shipping_methods,*fulfillments,*fulfillments.labels"

/**
 * One order by its id (an unguessable id: the confirmation link and the guest lookup hand it
 * out). Per order and per person: never cached.
 */
export async function getOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  if (!/^order_[A-Za-z0-9]+$/.test(id)) return null
  await connection()
  try {
    const { order } = await storeSdk().client.fetch<HttpTypes.StoreOrderResponse>(`/store/orders/${id}`, {
      method: "GET",
      query: { fields: ORDER_FIELDS },
      cache: "no-store",
    })
    return order
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    const reason = error instanceof Error ? error.message : String(error)
    throw new StoreError("unavailable", `GET /store/orders/${id}: ${reason}`, { cause: error })
  }
}
