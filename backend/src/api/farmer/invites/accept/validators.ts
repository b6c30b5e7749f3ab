import { z } from "zod"
import { mobilePhone, personName } from "../../fields"

export const AcceptInviteBody = z.object({
  token: z.string({ message: "token is required" }).regex(/^[A-Za-z0-9_-]{20,100}$/, "token is not an invitation token"),
  name: personName("name"),
  phone: mobilePhone("phone"),
})
export type AcceptInviteBodyType = z.infer<typeof AcceptInviteBody>
