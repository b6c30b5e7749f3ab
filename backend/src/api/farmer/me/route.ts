import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** GET /farmer/me — the signed-in farmer and its farm (status and the department's reason). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "farm_member",
    fields: ["id", "email", "name", "role", "farm.id", "farm.handle", "farm.name", "farm.status", "farm.status_reason", "farm.town", "farm.phone", "farm.email"],
    filters: { id: req.auth_context.actor_id },
  })
  const member = data[0]
  if (!member?.farm) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "농장 회원으로 로그인해 주세요")
  const { farm, ...person } = member
  res.json({ member: person, farm })
}
