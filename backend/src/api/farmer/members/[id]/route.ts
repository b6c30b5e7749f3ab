import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FARM_MODULE } from "../../../../modules/farm"
import type FarmModuleService from "../../../../modules/farm/service"
import { requireOwner, writableFarm } from "../../farm-context"

/**
 * DELETE /farmer/members/:id — the owner removes a member (e.g. a helper who left). The
 * member's login then has no farm. The owner cannot remove itself; another farm's member is 404.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = await writableFarm(req)
  requireOwner(ctx)
  const farms = req.scope.resolve<FarmModuleService>(FARM_MODULE)
  const [member] = await farms.listFarmMembers({ id: req.params.id, farm_id: ctx.farmId }, { select: ["id", "role"] })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `구성원 ${req.params.id}을(를) 찾을 수 없습니다`)
  if (member.role === "owner") throw new MedusaError(MedusaError.Types.INVALID_DATA, "농장 대표는 삭제할 수 없습니다")
  await farms.softDeleteFarmMembers(member.id)
  res.json({ id: member.id, object: "farm_member", deleted: true })
}
