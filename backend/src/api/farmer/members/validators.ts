import { z } from "zod"
import { emailAddress, personName } from "../fields"

export const InviteMemberBody = z.object({
  email: emailAddress("email"),
  name: personName("name"),
})
export type InviteMemberBodyType = z.infer<typeof InviteMemberBody>
