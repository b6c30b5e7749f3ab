import { describe, expect, it } from "vitest"
import { farmerApi } from "../farmer-api"
import { FarmerApiError } from "./http"
import { joinByInvite } from "./join"
import { farmerPortalApi } from "./portal"

type Call = { method: string; path: string; auth: string | null; body: unknown }
type Reply = { status: number; body?: unknown }

/** A stand-in backend answering by "METHOD path" (in order when a route is called again). */
function backend(routes: Record<string, Reply | Reply[]>) {
  const calls: Call[] = []
  const fetchImpl = async (url: string, init: RequestInit) => {
    const parsed = new URL(url)
    const method = init.method ?? "GET"
    const headers = init.headers as Record<string, string>
    const body = init.body instanceof FormData ? init.body : init.body ? JSON.parse(String(init.body)) : undefined
    calls.push({ method, path: parsed.pathname + parsed.search, auth: headers.authorization ?? null, body })
    expect(init.cache).toBe("no-store")
    const route = routes[`${method} ${parsed.pathname}${parsed.search}`]
    const reply = Array.isArray(route) ? route.shift() : route
    if (!reply) throw new Error(`unexpected ${method} ${parsed.pathname}`)
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), { status: reply.status })
  }
  return { portal: farmerPortalApi("http://backend.test/", fetchImpl), auth: farmerApi("http://backend.test", fetchImpl), calls }
}

const order = {
  id: "order_1",
  display_id: 12,
  placed_at: "2026-11-20T01:00:00.000Z",
  payment_confirmed: true,
  days_waiting: 3,
  recipient: { name: "박손님", phone: "010-1111-2222", postal_code: "06236", address_1: "서울 강남구 테헤란로 1", address_2: null },
  gift: null,
  delivery_memo: "문 앞",
  delivery: { type: "normal", name: "일반 택배" },
  items: [{ id: "item_1", product_id: "prod_1", title: "한라봉", variant_title: "3kg", quantity: 1, unit_price: 39000, total: 39000, shipped: false }],
  shipments: [],
}

describe("farmer portal client", () => {
  it("reads with the token and parses the contract's shapes", async () => {
    const { portal, calls } = backend({ "GET /farmer/orders?status=waiting": { status: 200, body: { orders: [order] } } })
    const [read] = await portal.orders("jwt", "waiting")
    expect(read).toMatchObject({ display_id: "12", days_waiting: 3, recipient: { address_2: "" }, shipments: [] })
    expect(calls[0].auth).toBe("Bearer jwt")
  })

  it("throws with the status for a read it cannot serve, and for a body off the contract", async () => {
    const { portal } = backend({
      "GET /farmer/products/prod_x": { status: 404, body: { message: "없음" } },
      "GET /farmer/settlements": { status: 200, body: { statements: [{ id: "s1" }] } },
    })
    await expect(portal.product("jwt", "prod_x")).rejects.toMatchObject({ name: "FarmerApiError", status: 404 })
    await expect(portal.settlements("jwt")).rejects.toBeInstanceOf(FarmerApiError)
  })

  it("answers a write's 4xx with the backend's message, and throws on 5xx", async () => {
    const { portal, calls } = backend({
      "POST /farmer/products/prod_1/submit": { status: 400, body: { type: "invalid_data", message: "빠진 고시 항목: 생산자" } },
      "POST /farmer/orders/order_1/shipments": [
        { status: 201, body: { shipment: { id: "sh_1", courier: "cj", courier_name: "CJ대한통운", tracking_number: "678912345678", tracking_url: "https://x", shipped_at: "2026-11-21T00:00:00Z", item_ids: ["item_1"] } } },
        { status: 500, body: { message: "boom" } },
      ],
    })
    await expect(portal.submitProduct("jwt", "prod_1")).resolves.toEqual({ ok: false, status: 400, message: "빠진 고시 항목: 생산자" })
    const shipped = await portal.ship("jwt", "order_1", { courier: "cj", tracking_number: "678912345678" })
    expect(shipped.ok && shipped.value.courier_name).toBe("CJ대한통운")
    expect(calls[1].body).toEqual({ courier: "cj", tracking_number: "678912345678" })
    await expect(portal.ship("jwt", "order_1", { courier: "cj", tracking_number: "1" })).rejects.toMatchObject({ status: 500 })
  })

  it("posts photos as multipart field files and a CSV as field file", async () => {
    const { portal, calls } = backend({
      "POST /farmer/uploads": { status: 200, body: { uploads: [{ url: "http://b/static/a.webp" }, { url: "http://b/static/b.webp" }] } },
      "POST /farmer/shipments/csv": { status: 200, body: { report: { applied: 1, already: 0, failed: 1, rows: [{ line: 2, order: "12", status: "applied", message: "" }, { line: 3, order: "99", status: "error", message: "주문이 없습니다" }] } } },
    })
    const photos = [new Blob(["a"], { type: "image/jpeg" }), new Blob(["b"], { type: "image/png" })]
    await expect(portal.upload("jwt", photos)).resolves.toEqual({ ok: true, value: ["http://b/static/a.webp", "http://b/static/b.webp"] })
    expect((calls[0].body as FormData).getAll("files")).toHaveLength(2)
    const report = await portal.uploadShipments("jwt", new Blob(["주문번호,택배사,송장번호\n"]), "송장.csv")
    expect(report.ok && report.value.failed).toBe(1)
    expect(((calls[1].body as FormData).get("file") as File).name).toBe("송장.csv")
  })
})

describe("joining a farm by invitation", () => {
  const input = { token: "invite_tok", name: "김하르방", phone: "010-9876-5432", email: "son@example.kr", password: "password1" }

  it("registers, accepts with the registration token, then signs in", async () => {
    const { portal, auth, calls } = backend({
      "POST /auth/farmer/emailpass/register": { status: 200, body: { token: "reg" } },
      "POST /farmer/invites/accept": { status: 200, body: { member: { id: "fm_2" } } },
      "POST /auth/farmer/emailpass": { status: 200, body: { token: "jwt" } },
    })
    await expect(joinByInvite(auth, portal, input)).resolves.toEqual({ kind: "joined", token: "jwt" })
    expect(calls[1]).toMatchObject({ auth: "Bearer reg", body: { token: "invite_tok", name: "김하르방", phone: "010-9876-5432" } })
  })

  it("passes on a refused invitation and refuses an e-mail that is a farmer's already", async () => {
    const refused = backend({
      "POST /auth/farmer/emailpass/register": { status: 200, body: { token: "reg" } },
      "POST /farmer/invites/accept": { status: 400, body: { message: "초대가 만료되었습니다" } },
    })
    await expect(joinByInvite(refused.auth, refused.portal, input)).resolves.toEqual({ kind: "refused", message: "초대가 만료되었습니다" })
    const taken = backend({
      "POST /auth/farmer/emailpass/register": { status: 401, body: { message: "Identity with email already exists" } },
      "POST /auth/farmer/emailpass": { status: 200, body: { token: "jwt" } },
      "GET /farmer/me": { status: 200, body: { member: { id: "m", email: "son@example.kr", role: "member" }, farm: { id: "f", handle: "h", name: "n", status: "approved" } } },
    })
    await expect(joinByInvite(taken.auth, taken.portal, input)).resolves.toEqual({ kind: "email-taken" })
    expect(taken.calls.some((c) => c.path === "/farmer/invites/accept")).toBe(false)
  })
})
