import { z } from "zod"
import type { ApplicationBody } from "./farmer-application"
import { farmerHttp, messageOf, type FetchLike } from "./farmer-api/http"

export { FarmerApiError } from "./farmer-api/http"

/**
 * Signing up and in as a farmer (/auth/farmer/emailpass…, /farmer/applications, /farmer/me), with
 * the steps of joining and signing in. No publishable key: these are not store routes. The portal's
 * own routes (products, orders…) are in ./farmer-api/portal.ts; both share ./farmer-api/http.ts.
 */

const meSchema = z.object({
  member: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullish(),
    role: z.string(),
  }),
  farm: z.object({
    id: z.string(),
    handle: z.string(),
    name: z.string(),
    status: z.string(),
    status_reason: z.string().nullish(),
    town: z.string().nullish(),
    phone: z.string().nullish(),
    email: z.string().nullish(),
  }),
})
export type FarmerMe = z.infer<typeof meSchema>

const tokenSchema = z.object({ token: z.string().min(1) })
const farmSchema = z.object({ farm: z.object({ id: z.string(), handle: z.string(), name: z.string(), status: z.string() }) })
export type AppliedFarm = z.infer<typeof farmSchema>["farm"]

export type RegisterResult = { ok: true; token: string } | { ok: false; reason: "exists" } | { ok: false; reason: "invalid"; message: string }
export type ApplyResult = { ok: true; farm: AppliedFarm } | { ok: false; message: string }

export type FarmerApi = {
  /** POST /auth/farmer/emailpass/register: a registration token. */
  register(email: string, password: string): Promise<RegisterResult>
  /** POST /auth/farmer/emailpass: a token, or null for a wrong e-mail or password. */
  login(email: string, password: string): Promise<string | null>
  /** POST /farmer/applications with a registration (or not yet linked) token. */
  apply(token: string, body: ApplicationBody): Promise<ApplyResult>
  /** GET /farmer/me: null when the token is missing, expired or not a farmer's. */
  me(token: string): Promise<FarmerMe | null>
}

export function farmerApi(backendUrl: string, fetchImpl: FetchLike = fetch): FarmerApi {
  const http = farmerHttp(backendUrl, fetchImpl)
  const call = async (method: "GET" | "POST", path: string, options: { token?: string; body?: unknown } = {}) =>
    http.send(method, path, { token: options.token, json: options.body })
  const unexpected = (method: "GET" | "POST", path: string, status: number, body: unknown) => http.unexpected(method, path, { status, body })
  const parse = <T>(schema: z.ZodType<T>, method: "GET" | "POST", path: string, status: number, body: unknown): T =>
    http.parse(schema, method, path, { status, body })

  return {
    async register(email, password) {
      const path = "/auth/farmer/emailpass/register"
      const { status, body } = await call("POST", path, { body: { email, password } })
      if (status === 200 || status === 201) return { ok: true, token: parse(tokenSchema, "POST", path, status, body).token }
      const message = messageOf(body)
      if (status === 401 || (status === 400 && /exist/i.test(message))) return { ok: false, reason: "exists" }
      if (status === 400) return { ok: false, reason: "invalid", message }
      throw unexpected("POST", path, status, body)
    },

    async login(email, password) {
      const path = "/auth/farmer/emailpass"
      const { status, body } = await call("POST", path, { body: { email, password } })
      if (status === 200 || status === 201) return parse(tokenSchema, "POST", path, status, body).token
      if (status === 400 || status === 401) return null
      throw unexpected("POST", path, status, body)
    },

    async apply(token, application) {
      const path = "/farmer/applications"
      const { status, body } = await call("POST", path, { token, body: application })
      if (status === 200 || status === 201) return { ok: true, farm: parse(farmSchema, "POST", path, status, body).farm }
      if (status >= 400 && status < 500) return { ok: false, message: messageOf(body) }
      throw unexpected("POST", path, status, body)
    },

    async me(token) {
      const path = "/farmer/me"
      const { status, body } = await call("GET", path, { token })
      if (status === 200) return parse(meSchema, "GET", path, status, body)
      if (status === 401 || status === 403 || status === 404) return null
      throw unexpected("GET", path, status, body)
    },
  }
}

export type JoinOutcome =
  /** Applied and signed in: keep the token. */
  | { kind: "joined"; token: string; farm: AppliedFarm }
  /** The application is in, but signing in failed: send the farmer to the sign-in page. */
  | { kind: "applied"; farm: AppliedFarm }
  /** The e-mail belongs to a farmer already, or to someone whose password this is not. */
  | { kind: "email-taken" }
  /** The backend refused the e-mail or password when registering. */
  | { kind: "invalid-login"; message: string }
  /** The backend refused the application (its message names the field). */
  | { kind: "rejected"; message: string }

/**
 * Register, apply, sign in. An e-mail that already has an identity (a shopper's, or one whose
 * application failed on an earlier try) may still apply when the password matches and no farm is
 * linked to it yet: then a sign-in token stands in for the registration token, so a failed
 * application never leaves the farmer locked out of trying again.
 */
export async function joinAsFarmer(api: FarmerApi, application: ApplicationBody, password: string): Promise<JoinOutcome> {
  const { email } = application
  let applyToken: string
  const registered = await api.register(email, password)
  if (registered.ok) {
    applyToken = registered.token
  } else if (registered.reason === "invalid") {
    return { kind: "invalid-login", message: registered.message }
  } else {
    const existing = await api.login(email, password)
    if (!existing || (await api.me(existing))) return { kind: "email-taken" }
    applyToken = existing
  }
  const applied = await api.apply(applyToken, application)
  if (!applied.ok) return { kind: "rejected", message: applied.message }
  const token = await api.login(email, password)
  return token ? { kind: "joined", token, farm: applied.farm } : { kind: "applied", farm: applied.farm }
}

export type SignInOutcome = { kind: "signed-in"; token: string } | { kind: "wrong" } | { kind: "no-farm" }

/** Sign in, then check the token opens /farmer/me (an identity without a farm cannot use /farmer). */
export async function signInAsFarmer(api: FarmerApi, email: string, password: string): Promise<SignInOutcome> {
  const token = await api.login(email, password)
  if (!token) return { kind: "wrong" }
  return (await api.me(token)) ? { kind: "signed-in", token } : { kind: "no-farm" }
}
