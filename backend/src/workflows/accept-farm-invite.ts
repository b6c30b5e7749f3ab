import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { acceptFarmInviteStep } from "./steps/accept-farm-invite"
import { createFarmMemberStep } from "./steps/create-farm-member"

export type AcceptFarmInviteInput = {
  invite_id: string
  farm_id: string
  auth_identity_id: string
  email: string
  name: string
  phone: string
}

/**
 * The invitee joins: the invitation is used up, the member is created and the login is tied to
 * it (actor "farmer"). A failing step undoes the earlier ones.
 */
export const acceptFarmInviteWorkflow = createWorkflow("accept-farm-invite", (input: AcceptFarmInviteInput) => {
  acceptFarmInviteStep(transform({ input }, ({ input }) => ({ invite_id: input.invite_id })))
  const member = createFarmMemberStep(
    transform({ input }, ({ input }) => ({ farm_id: input.farm_id, email: input.email, name: input.name, phone: input.phone, role: "member" as const }))
  )
  setAuthAppMetadataStep(transform({ input, member }, ({ input, member }) => ({ authIdentityId: input.auth_identity_id, actorType: "farmer", value: member.id })))
  return new WorkflowResponse(member)
})
