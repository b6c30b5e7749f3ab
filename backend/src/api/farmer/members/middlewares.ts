import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticate, validateAndTransformBody } from "@medusajs/framework/http"
import { farmerAuth } from "../farm-context"
import { AcceptInviteBody } from "../invites/accept/validators"
import { InviteMemberBody } from "./validators"

/** The farm's members and invitations. Accepting takes the invitee's registration token (no member yet). */
export const farmerMembersMiddlewares: MiddlewareRoute[] = [
  { matcher: "/farmer/members", methods: ["GET"], middlewares: [farmerAuth] },
  { matcher: "/farmer/members/:id", methods: ["DELETE"], middlewares: [farmerAuth] },
  { matcher: "/farmer/members/invites", methods: ["POST"], middlewares: [farmerAuth, validateAndTransformBody(InviteMemberBody)] },
  {
    matcher: "/farmer/invites/accept",
    methods: ["POST"],
    middlewares: [authenticate("farmer", ["bearer"], { allowUnregistered: true }), validateAndTransformBody(AcceptInviteBody)],
  },
]
