import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import { farmContext } from "../farm-context"

export const STATEMENT_FIELDS = ["id", "period_start", "period_end", "sales", "refunds", "commission", "net", "status", "paid_at"] as const

/** GET /farmer/settlements — the farm's settlement statements (정산서), newest period first. Read-only. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { farmId } = await farmContext(req)
  const settlements = req.scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const statements = await settlements.listSettlementStatements(
    { farm_id: farmId },
    { select: [...STATEMENT_FIELDS], order: { period_start: "DESC" }, take: null }
  )
  res.json({ statements })
}
