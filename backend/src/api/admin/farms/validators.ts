import { z } from "zod"

export const AdminListFarmsQuery = z
  .object({
    status: z.enum(["pending", "approved", "rejected", "suspended"], { message: "status must be pending, approved, rejected or suspended" }).optional(),
    limit: z.coerce.number().int().min(1, "limit must be 1 to 100").max(100, "limit must be 1 to 100").default(50),
    offset: z.coerce.number().int().min(0, "offset must be 0 or more").default(0),
  })
  .strict()
export type AdminListFarmsQueryType = z.infer<typeof AdminListFarmsQuery>
