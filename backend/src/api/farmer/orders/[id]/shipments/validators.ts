import { z } from "zod"
import { COURIER_CODES, normalizeTrackingNumber } from "../../../../../lib/couriers"

export const FarmerShipmentBody = z
  .object({
    courier: z.enum(COURIER_CODES, { message: `courier must be one of ${COURIER_CODES.join(", ")}` }),
    tracking_number: z
      .string({ message: "tracking_number is required" })
      .transform((value, ctx) => {
        const normalized = normalizeTrackingNumber(value)
        if (!normalized) ctx.addIssue({ code: "custom", message: "tracking_number must be 9 to 14 digits (송장번호는 숫자 9~14자리)" })
        return normalized ?? value
      }),
    item_ids: z.array(z.string().min(1), { message: "item_ids must be a list of order item ids" }).min(1, "item_ids must not be empty").optional(),
  })
  .strict()
export type FarmerShipmentBodyType = z.infer<typeof FarmerShipmentBody>
