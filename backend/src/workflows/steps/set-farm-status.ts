import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { decide, type FarmDecision, type FarmStatus } from "../../lib/farm-decision"
import { FARM_MODULE } from "../../modules/farm"
import type FarmModuleService from "../../modules/farm/service"

export type SetFarmStatusInput = { farm_id: string; decision: FarmDecision; reason: string | null }

/** Applies the department's decision; compensation restores the previous status and reason. */
export const setFarmStatusStep = createStep(
  "set-farm-status",
  async (input: SetFarmStatusInput, { container }) => {
    const farms: FarmModuleService = container.resolve(FARM_MODULE)
    const farm = await farms.retrieveFarm(input.farm_id)
    const result = decide(farm.status as FarmStatus, input.decision)
    if (!result.ok) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, result.message)
    const updated = await farms.updateFarms({ id: farm.id, status: result.status, status_reason: input.reason })
    return new StepResponse({ farm: updated, previous: farm.status as FarmStatus }, { id: farm.id, status: farm.status, status_reason: farm.status_reason })
  },
  async (previous, { container }) => {
    if (!previous) return
    const farms: FarmModuleService = container.resolve(FARM_MODULE)
    await farms.updateFarms(previous)
  }
)
