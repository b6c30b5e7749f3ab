import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FARM_MODULE } from "../../modules/farm"
import type FarmModuleService from "../../modules/farm/service"

export type CreateFarmStepInput = {
  handle: string
  name: string
  representative: string
  town: string
  address: string
  phone: string
  email: string
  story: string
  established_year: number | null
  certifications: { items: { type: string; number: string }[] }
  status: "pending" | "approved" | "rejected" | "suspended"
  free_shipping_threshold: number | null
  farmer_registration_number?: string | null
  business_number?: string | null
  settlement_account?: { bank_name: string; account_number: string; holder: string } | null
}

export const createFarmStep = createStep(
  "create-farm",
  async (input: CreateFarmStepInput, { container }) => {
    const farms: FarmModuleService = container.resolve(FARM_MODULE)
    const farm = await farms.createFarms(input)
    return new StepResponse(farm, farm.id)
  },
  async (farmId, { container }) => {
    if (!farmId) return
    const farms: FarmModuleService = container.resolve(FARM_MODULE)
    await farms.deleteFarms(farmId)
  }
)
