import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { farmHandle, uniqueHandle } from "../../../lib/farm-handle"
import { applyForFarmWorkflow } from "../../../workflows/apply-for-farm"
import type { FarmApplicationBodyType } from "./validators"

/**
 * POST /farmer/applications — a farmer applies, with the registration token of
 * POST /auth/farmer/emailpass/register. The farm waits as `pending` for the department.
 */
export async function POST(req: AuthenticatedMedusaRequest<FarmApplicationBodyType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This login already belongs to a farm: sign in instead of applying again")
  }
  const application = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const base = farmHandle(application.farm_name)
  const [{ data: similar }, { data: locations }, { data: members }] = await Promise.all([
    query.graph({ entity: "farm", fields: ["handle"], filters: { handle: { $like: `${base}%` } }, withDeleted: true }),
    query.graph({ entity: "stock_location", fields: ["fulfillment_sets.service_zones.id"] }),
    query.graph({ entity: "farm_member", fields: ["id"], filters: { email: application.email } }),
  ])
  if (members.length) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, "email already belongs to a farm member")
  const serviceZoneId = locations[0]?.fulfillment_sets?.[0]?.service_zones?.[0]?.id
  if (!serviceZoneId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The shop has no delivery zone yet (was it set up?)")
  const handle = uniqueHandle(base, new Set(similar.map((f: { handle: string }) => f.handle)))
  const { result } = await applyForFarmWorkflow(req.scope).run({
    input: { auth_identity_id: req.auth_context.auth_identity_id, handle, service_zone_id: serviceZoneId, application },
  })
  res.status(201).json({ farm: { id: result.farm.id, handle: result.farm.handle, name: result.farm.name, status: result.farm.status } })
}
