import type { z } from "zod"
import { farmerHttp, messageOf, type FetchLike, type Method } from "./http"
import {
  csvReportSchema,
  dashboardSchema,
  inviteWriteSchema,
  memberWriteSchema,
  membersSchema,
  orderSchema,
  ordersSchema,
  productDetailSchema,
  productListSchema,
  productWriteSchema,
  settlementsSchema,
  shipmentWriteSchema,
  uploadsSchema,
  type CsvReport,
  type FarmDashboard,
  type FarmMembers,
  type FarmOrder,
  type FarmShipment,
  type ListingDetail,
  type ListingInput,
  type ListingState,
  type ListingSummary,
  type Statement,
} from "./schemas"

/**
 * The farmer portal's routes (docs/farmer-api.md), one method each. Reads answer the data or throw
 * FarmerApiError (its status tells the page: 401 sign in again, 404 not this farm's). Writes answer
 * `{ ok: false, status, message }` for the backend's 4xx, so a form can show its Korean message;
 * anything else (5xx, no backend, an unexpected body) throws FarmerApiError.
 */

export type WriteResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string }
export type OrderFilter = "waiting" | "shipped" | "all"
export type ProductWritten = { id: string; state?: ListingState }

export type FarmerPortalApi = {
  dashboard(token: string): Promise<FarmDashboard>
  products(token: string): Promise<ListingSummary[]>
  product(token: string, id: string): Promise<ListingDetail>
  createProduct(token: string, input: ListingInput): Promise<WriteResult<ProductWritten>>
  updateProduct(token: string, id: string, input: Partial<ListingInput>): Promise<WriteResult<ProductWritten>>
  submitProduct(token: string, id: string): Promise<WriteResult<ProductWritten>>
  updateStock(token: string, id: string, variants: { id: string; stock: number }[]): Promise<WriteResult<ProductWritten>>
  /** Photos as multipart field `files`: their URLs, in the order given. */
  upload(token: string, files: Blob[]): Promise<WriteResult<string[]>>
  orders(token: string, status: OrderFilter): Promise<FarmOrder[]>
  order(token: string, id: string): Promise<FarmOrder>
  ship(token: string, orderId: string, body: { courier: string; tracking_number: string; item_ids?: string[] }): Promise<WriteResult<FarmShipment>>
  /** A CSV of 주문번호, 택배사, 송장번호 as multipart field `file`. */
  uploadShipments(token: string, file: Blob, filename: string): Promise<WriteResult<CsvReport>>
  settlements(token: string): Promise<Statement[]>
  members(token: string): Promise<FarmMembers>
  invite(token: string, body: { email: string; name: string }): Promise<WriteResult<{ id: string }>>
  /** With the invitee's registration token. */
  acceptInvite(registrationToken: string, body: { token: string; name: string; phone: string }): Promise<WriteResult<{ id: string }>>
}

const seg = (value: string) => encodeURIComponent(value)

export function farmerPortalApi(backendUrl: string, fetchImpl: FetchLike = fetch): FarmerPortalApi {
  const http = farmerHttp(backendUrl, fetchImpl)

  async function read<T>(schema: z.ZodType<T>, path: string, token: string): Promise<T> {
    const reply = await http.send("GET", path, { token })
    if (reply.status !== 200) throw http.unexpected("GET", path, reply)
    return http.parse(schema, "GET", path, reply)
  }

  async function write<S, T>(schema: z.ZodType<S>, path: string, token: string, body: { json?: unknown; form?: FormData }, pick: (s: S) => T): Promise<WriteResult<T>> {
    const method: Method = "POST"
    const reply = await http.send(method, path, { token, ...body })
    if (reply.status === 200 || reply.status === 201) return { ok: true, value: pick(http.parse(schema, method, path, reply)) }
    if (reply.status >= 400 && reply.status < 500) return { ok: false, status: reply.status, message: messageOf(reply.body) }
    throw http.unexpected(method, path, reply)
  }

  const product = (s: z.infer<typeof productWriteSchema>): ProductWritten => s.product

  return {
    dashboard: (token) => read(dashboardSchema, "/farmer/dashboard", token),
    products: async (token) => (await read(productListSchema, "/farmer/products", token)).products,
    product: async (token, id) => (await read(productDetailSchema, `/farmer/products/${seg(id)}`, token)).product,
    createProduct: (token, input) => write(productWriteSchema, "/farmer/products", token, { json: input }, product),
    updateProduct: (token, id, input) => write(productWriteSchema, `/farmer/products/${seg(id)}`, token, { json: input }, product),
    submitProduct: (token, id) => write(productWriteSchema, `/farmer/products/${seg(id)}/submit`, token, { json: {} }, product),
    updateStock: (token, id, variants) => write(productWriteSchema, `/farmer/products/${seg(id)}/stock`, token, { json: { variants } }, product),

    upload(token, files) {
      const form = new FormData()
      for (const file of files) form.append("files", file)
      return write(uploadsSchema, "/farmer/uploads", token, { form }, (s) => s.uploads.map((u) => u.url))
    },

    orders: async (token, status) => (await read(ordersSchema, `/farmer/orders?status=${status}`, token)).orders,
    order: async (token, id) => (await read(orderSchema, `/farmer/orders/${seg(id)}`, token)).order,
    ship: (token, orderId, body) => write(shipmentWriteSchema, `/farmer/orders/${seg(orderId)}/shipments`, token, { json: body }, (s) => s.shipment),

    uploadShipments(token, file, filename) {
      const form = new FormData()
      form.append("file", file, filename)
      return write(csvReportSchema, "/farmer/shipments/csv", token, { form }, (s) => s.report)
    },

    settlements: async (token) => (await read(settlementsSchema, "/farmer/settlements", token)).statements,
    members: (token) => read(membersSchema, "/farmer/members", token),
    invite: (token, body) => write(inviteWriteSchema, "/farmer/members/invites", token, { json: body }, (s) => s.invite),
    acceptInvite: (token, body) => write(memberWriteSchema, "/farmer/invites/accept", token, { json: body }, (s) => s.member),
  }
}
