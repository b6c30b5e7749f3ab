import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FARM_MODULE } from "../../modules/farm"
import type FarmModuleService from "../../modules/farm/service"

export type CreateFarmMemberStepInput = { farm_id: string; email: string; name: string; phone: string | null; role: "owner" | "member" }

export const createFarmMemberStep = createStep(
  "create-farm-member",
  async (input: CreateFarmMemberStepInput, { container }) => {
    const farms: FarmModuleService = container.resolve(FARM_MODULE)
    const member = await farms.createFarmMembers(input)
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) return
    const farms: FarmModuleService = container.resolve(FARM_MODULE)
    await farms.deleteFarmMembers(memberId)
  }
)
