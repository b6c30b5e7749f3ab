import { z } from "zod"

/** GET /admin/listing-reviews?status= (default: the open queue). */
export const ListReviewsQuery = z.object({ status: z.enum(["pending", "approved", "rejected", "all"]).default("pending") })

/** POST /admin/listing-reviews/:id/decision */
export const ListingDecisionBody = z
  .object({
    decision: z.enum(["approve", "reject"]),
    /** Shown to the farmer: required to reject. */
    reason: z.string().trim().min(2, "반려 사유는 2자 이상 써 주세요").max(500).optional(),
  })
  .refine((b) => b.decision !== "reject" || !!b.reason, { message: "반려할 때는 사유를 꼭 써 주세요", path: ["reason"] })
