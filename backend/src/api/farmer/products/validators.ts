import { z } from "zod"
export { createListingSchema as CreateListingBody, listingPatchSchema as UpdateListingBody } from "../../../lib/listing/schema"

/** POST /farmer/products/:id/stock */
export const StockBody = z.object({
  variants: z
    .array(z.object({ id: z.string().startsWith("variant_"), stock: z.number().int().min(0).max(1_000_000) }))
    .min(1),
})
export type StockBodyType = z.infer<typeof StockBody>
