import { z } from "zod"

export const FARM_HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const StoreListFarmsQuery = z
  .object({
    limit: z.coerce.number().int().min(1, "limit must be 1 to 100").max(100, "limit must be 1 to 100").default(20),
    offset: z.coerce.number().int().min(0, "offset must be 0 or more").default(0),
    town: z.string().trim().min(1).max(20).optional(),
  })
  .strict()
export type StoreListFarmsQueryType = z.infer<typeof StoreListFarmsQuery>

export const StoreFarmParams = z.object({
  handle: z.string().max(100).regex(FARM_HANDLE, "handle must be lowercase ASCII words joined by '-'"),
})
