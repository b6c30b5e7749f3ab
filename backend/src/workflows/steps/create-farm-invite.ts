import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FARM_MODULE } from "../../modules/farm"
import type FarmModuleService from "../../modules/farm/service"

export type CreateFarmInviteStepInput = { farm_id: string; email: string; name: string; token_hash: string; expires_at: Date }

export const createFarmInviteStep = createStep(
  "create-farm-invite",
  async (input: CreateFarmInviteStepInput, { container }) => {
    const farms: FarmModuleService = container.resolve(FARM_MODULE)
    const invite = await farms.createFarmInvites(input)
    return new StepResponse(invite, invite.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) return
    await container.resolve<FarmModuleService>(FARM_MODULE).deleteFarmInvites(inviteId)
  }
)
