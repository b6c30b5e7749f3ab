import { z } from "zod"

export const FarmerOrdersQuery = z
  .object({
    status: z.enum(["waiting", "shipped", "all"], { message: "status must be waiting, shipped or all" }).default("all"),
    limit: z.coerce.number().int().min(1, "limit must be 1 to 200").max(200, "limit must be 1 to 200").default(50),
    offset: z.coerce.number().int().min(0, "offset must be 0 or more").default(0),
  })
  .strict()
export type FarmerOrdersQueryType = z.infer<typeof FarmerOrdersQuery>
