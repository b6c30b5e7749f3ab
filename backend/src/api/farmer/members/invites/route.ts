import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { loadEnvironment } from "../../../../lib/env"
import { inviteExpiry, inviteJoinUrl, newInviteToken } from "../../../../lib/farm-invite"
import { FARM_MODULE } from "../../../../modules/farm"
import type FarmModuleService from "../../../../modules/farm/service"
import { inviteFarmMemberWorkflow } from "../../../../workflows/invite-farm-member"
import { requireOwner, writableFarm } from "../../farm-context"
import type { InviteMemberBodyType } from "../validators"

/** POST /farmer/members/invites — the owner invites a member by e-mail (7-day link). */
export async function POST(req: AuthenticatedMedusaRequest<InviteMemberBodyType>, res: MedusaResponse) {
  const ctx = await writableFarm(req)
  requireOwner(ctx)
  const { email, name } = req.validatedBody
  const farms = req.scope.resolve<FarmModuleService>(FARM_MODULE)
  const taken = await farms.listFarmMembers({ email }, { select: ["id"] })
  if (taken.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: 이미 농장 회원으로 등록된 이메일입니다")
  const [farm] = await farms.listFarms({ id: ctx.farmId }, { select: ["name"] })
  const { token, hash } = newInviteToken()
  const { result } = await inviteFarmMemberWorkflow(req.scope).run({
    input: {
      farm_id: ctx.farmId,
      farm_name: farm.name,
      email,
      name,
      token_hash: hash,
      expires_at: inviteExpiry(new Date()).toISOString(),
      join_url: inviteJoinUrl(loadEnvironment().STOREFRONT_URL, token),
    },
  })
  res.status(201).json({ invite: { id: result.id, email: result.email, name: result.name, expires_at: result.expires_at } })
}
