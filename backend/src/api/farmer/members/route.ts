import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FARM_MODULE } from "../../../modules/farm"
import type FarmModuleService from "../../../modules/farm/service"
import { farmContext } from "../farm-context"

/** GET /farmer/members — the farm's members and its open invitations (no tokens). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { farmId } = await farmContext(req)
  const farms = req.scope.resolve<FarmModuleService>(FARM_MODULE)
  const [members, invites] = await Promise.all([
    farms.listFarmMembers({ farm_id: farmId }, { select: ["id", "name", "email", "phone", "role"], order: { created_at: "ASC" } }),
    farms.listFarmInvites({ farm_id: farmId, accepted_at: null }, { select: ["id", "email", "name", "expires_at", "accepted_at"], order: { created_at: "DESC" } }),
  ])
  res.json({ members, invites })
}
