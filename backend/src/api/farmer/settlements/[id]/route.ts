import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../../../modules/settlement"
import type SettlementModuleService from "../../../../modules/settlement/service"
import { farmContext } from "../../farm-context"
import { STATEMENT_FIELDS } from "../route"

/** GET /farmer/settlements/:id — one of the farm's statements (another farm's is 404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { farmId } = await farmContext(req)
  const settlements = req.scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const [statement] = await settlements.listSettlementStatements({ id: req.params.id, farm_id: farmId }, { select: [...STATEMENT_FIELDS] })
  if (!statement) throw new MedusaError(MedusaError.Types.NOT_FOUND, `정산서 ${req.params.id}을(를) 찾을 수 없습니다`)
  res.json({ statement })
}
