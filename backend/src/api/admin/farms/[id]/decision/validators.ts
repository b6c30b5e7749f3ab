import { z } from "zod"
import { FARM_DECISIONS } from "../../../../../lib/farm-decision"

const decisions = Object.keys(FARM_DECISIONS) as [keyof typeof FARM_DECISIONS, ...(keyof typeof FARM_DECISIONS)[]]

export const AdminFarmDecisionBody = z
  .object({
    decision: z.enum(decisions, { message: `decision must be one of ${decisions.join(", ")}` }),
    /** Shown to the farmer: required to reject or suspend. */
    reason: z.string().trim().min(2, "reason must be at least 2 characters").max(500, "reason must be at most 500 characters").optional(),
  })
  .strict()
  .refine((body) => !FARM_DECISIONS[body.decision].needsReason || body.reason, { message: "reason is required to reject or suspend a farm", path: ["reason"] })
export type AdminFarmDecisionBodyType = z.infer<typeof AdminFarmDecisionBody>
