import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { lowStock, salesSince, waitingOrders, type StockProductRow } from "../../../lib/farm-orders/dashboard"
import { listFarmOrders, loadFarmScope } from "../../../lib/farm-orders/query"
import { seoulMonthStart, seoulWeekStart } from "../../../lib/farm-orders/seoul-time"
import { farmContext } from "../farm-context"

const STOCK_FIELDS = [
  "products.id", "products.title", "products.status",
  "products.variants.id", "products.variants.title", "products.variants.manage_inventory",
  "products.variants.inventory_items.inventory.location_levels.stocked_quantity",
  "products.variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * GET /farmer/dashboard — what the farmer should do today: paid orders waiting to ship (oldest
 * first), variants running out (≤ 10 to sell), and this week's and month's sales (Seoul time).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { farmId } = await farmContext(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const now = new Date()
  const [orders, stock] = await Promise.all([
    loadFarmScope(query, farmId).then((scope) => listFarmOrders(query, scope, now)),
    query.graph({ entity: "farm", fields: STOCK_FIELDS, filters: { id: farmId } }),
  ])
  const products = ((stock.data[0] as { products?: (StockProductRow | null)[] } | undefined)?.products ?? []).flatMap((p) => (p ? [p] : []))
  res.json({
    waiting: waitingOrders(orders),
    low_stock: lowStock(products),
    sales: { week: salesSince(orders, seoulWeekStart(now)), month: salesSince(orders, seoulMonthStart(now)) },
  })
}
