import { beforeAll, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { BACKEND_DIR, publishableKey, seedCatalog, statusOf, testEnv } from "../helpers"



const application = (email: string, farm_name: string) => ({
  farm_name,
  representative: "고귤농",
  phone: "010-2345-6789",
  email,
  town: "남원읍",
  address: "제주특별자치도 서귀포시 남원읍 태위로 100",
  farmer_registration_number: "1234-567-890",
  certifications: [{ type: "GAP", number: "GAP-2026-001" }],
  bank: { bank_name: "농협은행", account_number: "301-1234-5678-91", holder: "고귤농" },
  story: "삼대째 귤 농사를 짓습니다.",
})

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    let admin: Record<string, string>
    let store: Record<string, string>

    /** A new farmer login: the registration token for the application. */
    async function register(email: string) {
      const { data } = await api.post("/auth/farmer/emailpass/register", { email, password: "gyul-farm-2026" })
      return { authorization: `Bearer ${data.token}` }
    }
    async function signIn(email: string) {
      const { data } = await api.post("/auth/farmer/emailpass", { email, password: "gyul-farm-2026" })
      return { authorization: `Bearer ${data.token}` }
    }
    const decide = (farmId: string, body: object, headers = admin) => api.post(`/admin/farms/${farmId}/decision`, body, { headers })

    beforeAll(async () => {
      const container = getContainer()
      await seedCatalog(container)
      store = { "x-publishable-api-key": await publishableKey(container) }
      const email = "department@seogwipo.go.kr"
      const user = await container.resolve(Modules.USER).createUsers({ email })
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email, password: "department-2026" } })
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
      const { data } = await api.post("/auth/user/emailpass", { email, password: "department-2026" })
      admin = { authorization: `Bearer ${data.token}` }
    })

    it("takes an application as pending, names each wrong field, and lets the farmer read its status", async () => {
      const registration = await register("new-farmer@example.com")
      const bad = await statusOf(api.post("/farmer/applications", { ...application("new-farmer@example.com", "위미 귤밭"), phone: "02-123-4567", town: "제주시", farmer_registration_number: "12" }, { headers: registration }))
      expect(bad.status).toBe(400)
      for (const field of ["phone", "town", "farmer_registration_number"]) expect(bad.message).toContain(field)
      const noToken = await statusOf(api.post("/farmer/applications", application("x@example.com", "토큰 없는 농장")))
      expect(noToken.status).toBe(401)

      const { status, data } = await api.post("/farmer/applications", application("new-farmer@example.com", "위미 귤밭"), { headers: registration })
      expect(status).toBe(201)
      // The department's queue of applications.
      const queue = await api.get("/admin/farms?status=pending", { headers: admin })
      expect(queue.data.farms.map((f: { id: string }) => f.id)).toContain(data.farm.id)
      expect((await statusOf(api.get("/admin/farms?status=open", { headers: admin }))).status).toBe(400)
      expect(data.farm).toMatchObject({ status: "pending", name: "위미 귤밭", handle: expect.stringMatching(/^wimi-/) })

      const me = await api.get("/farmer/me", { headers: await signIn("new-farmer@example.com") })
      expect(me.data.member).toMatchObject({ email: "new-farmer@example.com", role: "owner" })
      expect(me.data.farm).toMatchObject({ id: data.farm.id, status: "pending", status_reason: null })
      // A pending farm is not in the store.
      const farms = await api.get("/store/farms?limit=100", { headers: store })
      expect(farms.data.farms.map((f: { handle: string }) => f.handle)).not.toContain(data.farm.handle)
    })

    it("lets only the department decide: approval, rejection with a reason, refused transitions", async () => {
      const approved = await api.post("/farmer/applications", application("approve-me@example.com", "표선 햇귤농장"), { headers: await register("approve-me@example.com") })
      const farmer = await signIn("approve-me@example.com")
      // An application cannot approve itself.
      const self = await statusOf(decide(approved.data.farm.id, { decision: "approve" }, farmer))
      expect(self.status).toBe(401)
      expect((await decide(approved.data.farm.id, { decision: "approve" })).data.farm.status).toBe("approved")
      expect((await api.get("/farmer/me", { headers: farmer })).data.farm.status).toBe("approved")
      const again = await statusOf(decide(approved.data.farm.id, { decision: "approve" }))
      expect(again.status).toBe(400)
      expect(again.message).toMatch(/approved farm cannot/)

      const rejected = await api.post("/farmer/applications", application("reject-me@example.com", "성산 바람농원"), { headers: await register("reject-me@example.com") })
      const noReason = await statusOf(decide(rejected.data.farm.id, { decision: "reject" }))
      expect(noReason.status).toBe(400)
      expect(noReason.message).toMatch(/reason/)
      await decide(rejected.data.farm.id, { decision: "reject", reason: "농업경영체 등록번호를 확인할 수 없습니다." })
      const seen = await api.get("/farmer/me", { headers: await signIn("reject-me@example.com") })
      expect(seen.data.farm).toMatchObject({ status: "rejected", status_reason: "농업경영체 등록번호를 확인할 수 없습니다." })
      expect((await statusOf(decide("farm_nope", { decision: "approve" }))).status).toBe(404)
    })

    it("suspends a farm: its products leave the store and come back when it is reinstated", async () => {
      const { data } = await api.get("/store/farms/namwon-sunny-orchard", { headers: store })
      const farmId = data.farm.id
      const visible = async () => (await api.get("/store/products?handle=hallabong-namwon&fields=id", { headers: store })).data.products.length
      expect(await visible()).toBe(1)
      await decide(farmId, { decision: "suspend", reason: "품질 민원 확인 중" })
      expect(await visible()).toBe(0)
      expect((await statusOf(api.get("/store/farms/namwon-sunny-orchard", { headers: store }))).status).toBe(404)
      await decide(farmId, { decision: "reinstate" })
      expect(await visible()).toBe(1)
    })
  },
})
