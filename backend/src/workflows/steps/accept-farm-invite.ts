import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FARM_MODULE } from "../../modules/farm"
import type FarmModuleService from "../../modules/farm/service"

/** Marks the invitation used; undone if the member cannot be created. */
export const acceptFarmInviteStep = createStep(
  "accept-farm-invite",
  async (input: { invite_id: string }, { container }) => {
    const farms: FarmModuleService = container.resolve(FARM_MODULE)
    await farms.updateFarmInvites({ id: input.invite_id, accepted_at: new Date() })
    return new StepResponse(undefined, input.invite_id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await container.resolve<FarmModuleService>(FARM_MODULE).updateFarmInvites({ id: inviteId, accepted_at: null })
  }
)
