import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderLookupBodyType } from "./validators"

/**
 * POST /store/order-lookup { order_number, email } — a guest finds an order again (주문 조회).
 * Both must match; a miss answers the same 404 whichever one was wrong, so the route does not
 * tell whether an order number exists. Returns the order id for GET /store/orders/:id.
 */
export async function POST(req: MedusaStoreRequest<StoreOrderLookupBodyType>, res: MedusaResponse) {
  const { order_number, email } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "email", "status", "created_at", "total", "currency_code"],
    filters: { display_id: String(order_number) },
  })
  const order = data.find((o) => (o.email ?? "").toLowerCase() === email)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "주문번호와 이메일이 일치하는 주문이 없습니다.")
  res.json({
    order: { id: order.id, display_id: order.display_id, status: order.status, created_at: order.created_at, total: order.total, currency_code: order.currency_code },
  })
}
