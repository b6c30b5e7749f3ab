import type { FarmerApi } from "../farmer-api"
import type { FarmerPortalApi } from "./portal"

/**
 * /farmer/join: an invited family member or worker makes their own login and joins the farm.
 * Register, accept the invitation with the registration token, sign in — the same steps as the
 * application (joinAsFarmer), including a retry with an identity whose earlier try failed.
 */
export type InviteJoinOutcome =
  | { kind: "joined"; token: string }
  /** Joined, but signing in afterwards failed: send them to the sign-in page. */
  | { kind: "accepted" }
  | { kind: "email-taken" }
  | { kind: "invalid-login"; message: string }
  /** The backend refused the invitation (expired, used, or the input): its message. */
  | { kind: "refused"; message: string }

export type InviteJoinInput = { token: string; name: string; phone: string; email: string; password: string }

export async function joinByInvite(auth: FarmerApi, portal: Pick<FarmerPortalApi, "acceptInvite">, input: InviteJoinInput): Promise<InviteJoinOutcome> {
  const { email, password } = input
  let loginToken: string
  const registered = await auth.register(email, password)
  if (registered.ok) {
    loginToken = registered.token
  } else if (registered.reason === "invalid") {
    return { kind: "invalid-login", message: registered.message }
  } else {
    const existing = await auth.login(email, password)
    if (!existing || (await auth.me(existing))) return { kind: "email-taken" }
    loginToken = existing
  }
  const accepted = await portal.acceptInvite(loginToken, { token: input.token, name: input.name, phone: input.phone })
  if (!accepted.ok) return { kind: "refused", message: accepted.message }
  const token = await auth.login(email, password)
  return token ? { kind: "joined", token } : { kind: "accepted" }
}
