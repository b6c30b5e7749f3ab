import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { FARM_MODULE } from "../../../../../modules/farm"
import type FarmModuleService from "../../../../../modules/farm/service"
import { decideFarmWorkflow } from "../../../../../workflows/decide-farm"
import type { AdminFarmDecisionBodyType } from "./validators"

/** POST /admin/farms/:id/decision — the department approves, rejects, suspends or reinstates a farm. */
export async function POST(req: AuthenticatedMedusaRequest<AdminFarmDecisionBodyType>, res: MedusaResponse) {
  const { decision, reason } = req.validatedBody
  const [store] = await req.scope.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The store has no default sales channel")
  const farmId = req.params.id
  const farms = await req.scope.resolve<FarmModuleService>(FARM_MODULE).listFarms({ id: farmId }, { select: ["id"] })
  if (!farms.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Farm ${farmId} was not found`)
  const { result } = await decideFarmWorkflow(req.scope).run({
    input: { farm_id: farmId, decision, reason: reason ?? null, sales_channel_id: store.default_sales_channel_id },
  })
  res.json({ farm: { id: result.id, handle: result.handle, name: result.name, status: result.status, status_reason: result.status_reason } })
}
