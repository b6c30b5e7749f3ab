import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createFarmWorkflow } from "./create-farm"
import { createFarmMemberStep } from "./steps/create-farm-member"

export type ApplyForFarmInput = {
  auth_identity_id: string
  handle: string
  service_zone_id: string
  application: {
    farm_name: string
    representative: string
    phone: string
    email: string
    town: string
    address: string
    farmer_registration_number: string
    business_number?: string
    certifications: { type: string; number: string }[]
    bank: { bank_name: string; account_number: string; holder: string }
    story: string
  }
}

/** Until the farmer sets its own: 일반 택배 4,000원, never free. */
const DEFAULT_DELIVERY = [{ type: "normal" as const, name: "일반 택배", price: 4000 }]

/**
 * A farmer's application: the farm (pending, with its own parcel profile and delivery option),
 * the applicant as its owner, and the applicant's login tied to that member (actor "farmer").
 * A failing step undoes the ones before it: no farm without an owner, no owner without a login.
 */
export const applyForFarmWorkflow = createWorkflow("apply-for-farm", (input: ApplyForFarmInput) => {
  const farmInput = transform({ input }, ({ input }) => {
    const a = input.application
    return {
      farm: {
        handle: input.handle,
        name: a.farm_name,
        representative: a.representative,
        town: a.town,
        address: a.address,
        phone: a.phone,
        email: a.email,
        story: a.story,
        established_year: null,
        certifications: { items: a.certifications },
        status: "pending" as const,
        free_shipping_threshold: null,
        farmer_registration_number: a.farmer_registration_number,
        business_number: a.business_number ?? null,
        settlement_account: a.bank,
      },
      service_zone_id: input.service_zone_id,
      delivery_options: DEFAULT_DELIVERY,
    }
  })
  const farm = createFarmWorkflow.runAsStep({ input: farmInput })
  const memberInput = transform({ input, farm }, ({ input, farm }) => ({
    farm_id: farm.id,
    email: input.application.email,
    name: input.application.representative,
    phone: input.application.phone,
    role: "owner" as const,
  }))
  const member = createFarmMemberStep(memberInput)
  const authInput = transform({ input, member }, ({ input, member }) => ({
    authIdentityId: input.auth_identity_id,
    actorType: "farmer",
    value: member.id,
  }))
  setAuthAppMetadataStep(authInput)
  return new WorkflowResponse({ farm, member })
})
