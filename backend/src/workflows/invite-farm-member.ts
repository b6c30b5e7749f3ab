import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createFarmInviteStep } from "./steps/create-farm-invite"

export const FARM_INVITE_TEMPLATE = "farm-member-invite"

export type InviteFarmMemberInput = {
  farm_id: string
  farm_name: string
  email: string
  name: string
  token_hash: string
  /** ISO time (workflow input is serialised: no Date objects) */
  expires_at: string
  join_url: string
}

/** The owner invites a member: the invitation, then the e-mail with the join link. */
export const inviteFarmMemberWorkflow = createWorkflow("invite-farm-member", (input: InviteFarmMemberInput) => {
  const inviteInput = transform({ input }, ({ input }) => ({
    farm_id: input.farm_id,
    email: input.email,
    name: input.name,
    token_hash: input.token_hash,
    expires_at: new Date(input.expires_at),
  }))
  const invite = createFarmInviteStep(inviteInput)
  const notification = transform({ input }, ({ input }) => [
    {
      to: input.email,
      channel: "email",
      template: FARM_INVITE_TEMPLATE,
      data: { farm_name: input.farm_name, name: input.name, join_url: input.join_url, expires_at: input.expires_at },
    },
  ])
  sendNotificationsStep(notification)
  return new WorkflowResponse(invite)
})
