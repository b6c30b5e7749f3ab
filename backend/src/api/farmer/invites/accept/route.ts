import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { inviteProblem, inviteTokenHash } from "../../../../lib/farm-invite"
import { FARM_MODULE } from "../../../../modules/farm"
import type FarmModuleService from "../../../../modules/farm/service"
import { acceptFarmInviteWorkflow } from "../../../../workflows/accept-farm-invite"
import type { AcceptInviteBodyType } from "./validators"

/**
 * POST /farmer/invites/accept — with the registration token of the invitee's new login: joins
 * the farm that invited that e-mail address. The login's e-mail must be the invited one.
 */
export async function POST(req: AuthenticatedMedusaRequest<AcceptInviteBodyType>, res: MedusaResponse) {
  if (req.auth_context.actor_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "이미 농장 회원인 계정입니다")
  const { token, name, phone } = req.validatedBody
  const farms = req.scope.resolve<FarmModuleService>(FARM_MODULE)
  const [invite] = await farms.listFarmInvites({ token_hash: inviteTokenHash(token) }, { select: ["id", "email", "farm_id", "accepted_at", "expires_at"] })
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, "token: 초대를 찾을 수 없습니다")
  const problem = inviteProblem(invite, new Date())
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `token: ${problem}`)
  const identity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(req.auth_context.auth_identity_id, { relations: ["provider_identities"] })
  const emails = (identity.provider_identities ?? []).map((p) => p.entity_id.toLowerCase())
  if (!emails.includes(invite.email.toLowerCase())) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "초대받은 이메일로 만든 계정으로만 참여할 수 있습니다")
  }
  const { result } = await acceptFarmInviteWorkflow(req.scope).run({
    input: { invite_id: invite.id, farm_id: invite.farm_id, auth_identity_id: identity.id, email: invite.email, name, phone },
  })
  res.status(201).json({ member: { id: result.id, email: result.email, name: result.name, role: result.role } })
}
