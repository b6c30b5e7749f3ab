import { z } from "zod"

export const StoreOrderLookupBody = z
  .object({
    order_number: z.coerce
      .number({ message: "order_number must be the order number (digits)" })
      .int("order_number must be a whole number")
      .positive("order_number must be a positive number"),
    email: z.email({ message: "email must be an e-mail address" }).trim().toLowerCase(),
  })
  .strict()
export type StoreOrderLookupBodyType = z.infer<typeof StoreOrderLookupBody>
