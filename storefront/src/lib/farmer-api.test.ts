import { describe, expect, it } from "vitest"
import { FarmerApiError, farmerApi, joinAsFarmer, signInAsFarmer } from "./farmer-api"
import type { ApplicationBody } from "./farmer-application"

type Call = { method: string; path: string; auth: string | null; body: unknown }
type Reply = { status: number; body?: unknown }

/** A stand-in backend: answers by "METHOD path", in order when a route is called more than once. */
function backend(routes: Record<string, Reply | Reply[]>) {
  const calls: Call[] = []
  const fetchImpl = async (url: string, init: RequestInit) => {
    const path = new URL(url).pathname
    const method = init.method ?? "GET"
    const headers = init.headers as Record<string, string>
    calls.push({ method, path, auth: headers.authorization ?? null, body: init.body ? JSON.parse(String(init.body)) : undefined })
    expect(init.cache).toBe("no-store")
    const route = routes[`${method} ${path}`]
    const reply = Array.isArray(route) ? route.shift() : route
    if (!reply) throw new Error(`unexpected ${method} ${path}`)
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status })
  }
  return { api: farmerApi("http://backend.test:9000/", fetchImpl), calls }
}

const application: ApplicationBody = {
  farm_name: "햇살농장",
  representative: "김감귤",
  phone: "010-1234-5678",
  email: "farm@example.kr",
  town: "남원읍",
  address: "서귀포시 남원읍 태위로 123",
  farmer_registration_number: "1234567890",
  certifications: [],
  bank: { bank_name: "농협", account_number: "351-1234", holder: "김감귤" },
}
const farm = { id: "farm_1", handle: "haetsal", name: "햇살농장", status: "pending" }
const me = {
  member: { id: "fm_1", email: "farm@example.kr", name: "김감귤", role: "owner" },
  farm: { ...farm, status_reason: null, town: "남원읍", phone: "010-1234-5678", email: "farm@example.kr" },
}

describe("joining as a farmer", () => {
  it("registers, applies with the registration token, then signs in", async () => {
    const { api, calls } = backend({
      "POST /auth/farmer/emailpass/register": { status: 200, body: { token: "reg" } },
      "POST /farmer/applications": { status: 201, body: { farm } },
      "POST /auth/farmer/emailpass": { status: 200, body: { token: "jwt" } },
    })
    await expect(joinAsFarmer(api, application, "password1")).resolves.toEqual({ kind: "joined", token: "jwt", farm })
    expect(calls.map((c) => `${c.method} ${c.path} ${c.auth ?? "-"}`)).toEqual([
      "POST /auth/farmer/emailpass/register -",
      "POST /farmer/applications Bearer reg",
      "POST /auth/farmer/emailpass -",
    ])
    expect(calls[0].body).toEqual({ email: "farm@example.kr", password: "password1" })
    expect(calls[1].body).toEqual(application)
  })

  it("passes on the backend's message when the application is refused", async () => {
    const { api, calls } = backend({
      "POST /auth/farmer/emailpass/register": { status: 200, body: { token: "reg" } },
      "POST /farmer/applications": { status: 400, body: { type: "invalid_data", message: "phone must be a 010 mobile number" } },
    })
    await expect(joinAsFarmer(api, application, "password1")).resolves.toEqual({ kind: "rejected", message: "phone must be a 010 mobile number" })
    expect(calls).toHaveLength(2)
  })

  it("lets a farmer whose first application failed try again with the same e-mail and password", async () => {
    const { api, calls } = backend({
      "POST /auth/farmer/emailpass/register": { status: 401, body: { message: "Identity with email already exists" } },
      "POST /auth/farmer/emailpass": [
        { status: 200, body: { token: "unlinked" } },
        { status: 200, body: { token: "jwt" } },
      ],
      "GET /farmer/me": { status: 401, body: { message: "Unauthorized" } },
      "POST /farmer/applications": { status: 201, body: { farm } },
    })
    await expect(joinAsFarmer(api, application, "password1")).resolves.toMatchObject({ kind: "joined", token: "jwt" })
    expect(calls.find((c) => c.path === "/farmer/applications")?.auth).toBe("Bearer unlinked")
  })

  it("says the e-mail is taken when it is a farmer's already, or the password is not this one", async () => {
    const farmer = backend({
      "POST /auth/farmer/emailpass/register": { status: 400, body: { message: "Identity with email already exists" } },
      "POST /auth/farmer/emailpass": { status: 200, body: { token: "jwt" } },
      "GET /farmer/me": { status: 200, body: me },
    })
    await expect(joinAsFarmer(farmer.api, application, "password1")).resolves.toEqual({ kind: "email-taken" })
    const stranger = backend({
      "POST /auth/farmer/emailpass/register": { status: 401, body: { message: "Identity with email already exists" } },
      "POST /auth/farmer/emailpass": { status: 401, body: { message: "Invalid email or password" } },
    })
    await expect(joinAsFarmer(stranger.api, application, "password1")).resolves.toEqual({ kind: "email-taken" })
    expect(stranger.calls.some((c) => c.path === "/farmer/applications")).toBe(false)
  })

  it("reports an application that went in when signing in afterwards fails", async () => {
    const { api } = backend({
      "POST /auth/farmer/emailpass/register": { status: 200, body: { token: "reg" } },
      "POST /farmer/applications": { status: 201, body: { farm } },
      "POST /auth/farmer/emailpass": { status: 401, body: {} },
    })
    await expect(joinAsFarmer(api, application, "password1")).resolves.toEqual({ kind: "applied", farm })
  })

  it("throws FarmerApiError when the backend is down or fails", async () => {
    const down = farmerApi("http://backend.test", async () => {
      throw new TypeError("fetch failed")
    })
    await expect(joinAsFarmer(down, application, "password1")).rejects.toBeInstanceOf(FarmerApiError)
    const { api } = backend({ "POST /auth/farmer/emailpass/register": { status: 500, body: { message: "boom" } } })
    await expect(joinAsFarmer(api, application, "password1")).rejects.toMatchObject({ name: "FarmerApiError", status: 500 })
  })
})

describe("signing in as a farmer", () => {
  it("signs in when /farmer/me opens with the token", async () => {
    const { api, calls } = backend({
      "POST /auth/farmer/emailpass": { status: 200, body: { token: "jwt" } },
      "GET /farmer/me": { status: 200, body: me },
    })
    await expect(signInAsFarmer(api, "farm@example.kr", "password1")).resolves.toEqual({ kind: "signed-in", token: "jwt" })
    expect(calls[1].auth).toBe("Bearer jwt")
  })

  it("tells a wrong password from an e-mail without a farm", async () => {
    const wrong = backend({ "POST /auth/farmer/emailpass": { status: 401, body: { message: "Invalid email or password" } } })
    await expect(signInAsFarmer(wrong.api, "a@b.kr", "x")).resolves.toEqual({ kind: "wrong" })
    const noFarm = backend({
      "POST /auth/farmer/emailpass": { status: 200, body: { token: "unlinked" } },
      "GET /farmer/me": { status: 401, body: {} },
    })
    await expect(signInAsFarmer(noFarm.api, "a@b.kr", "password1")).resolves.toEqual({ kind: "no-farm" })
  })

  it("refuses a /farmer/me body that is not the contract's", async () => {
    const { api } = backend({ "GET /farmer/me": { status: 200, body: { farm: { id: 1 } } } })
    await expect(api.me("jwt")).rejects.toBeInstanceOf(FarmerApiError)
  })
})
