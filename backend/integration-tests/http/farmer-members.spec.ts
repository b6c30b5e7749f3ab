import { beforeAll, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BACKEND_DIR, seedCatalog, statusOf, testEnv } from "../helpers"
import { FARMER_PASSWORD, farmerSignIn, seededFarmLogin, type Headers } from "../farmers"
import { mailTo } from "../outbox"

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    let owner: Headers
    let otherOwner: Headers

    async function register(email: string): Promise<Headers> {
      const { data } = await api.post("/auth/farmer/emailpass/register", { email, password: FARMER_PASSWORD })
      return { authorization: `Bearer ${data.token}` }
    }
    const invite = (headers: Headers, email: string) => api.post("/farmer/members/invites", { email, name: "김가족" }, { headers })
    const tokenOf = (url: string) => new URL(url).searchParams.get("token")!

    beforeAll(async () => {
      await seedCatalog(getContainer())
      owner = (await seededFarmLogin(api, getContainer(), "namwon-sunny-orchard", "owner@namwon.example")).headers
      otherOwner = (await seededFarmLogin(api, getContainer(), "hyodon-doldam-orchard", "owner@hyodon.example")).headers
    })

    it("lets the owner invite by e-mail; the invitee joins with the link and sees the same farm", async () => {
      const bad = await statusOf(api.post("/farmer/members/invites", { email: "nope", name: "" }, { headers: owner }))
      expect(bad.status).toBe(400)
      expect(bad.message).toMatch(/email/)
      expect(bad.message).toMatch(/name/)

      const { status, data } = await invite(owner, "Family@Namwon.example")
      expect(status).toBe(201)
      expect(data.invite.email).toBe("family@namwon.example")
      const mail = await mailTo("family@namwon.example", (e) => e.template === "farm-member-invite")
      const joinUrl = String(mail.data.join_url)
      expect(joinUrl).toMatch(/\/farmer\/join\?token=/)
      const listed = await api.get("/farmer/members", { headers: owner })
      expect(listed.data.invites.map((i: { email: string }) => i.email)).toContain("family@namwon.example")
      expect(JSON.stringify(listed.data)).not.toContain(tokenOf(joinUrl))

      // Another e-mail's login cannot use the link.
      const stranger = await register("stranger@example.com")
      const wrong = await statusOf(api.post("/farmer/invites/accept", { token: tokenOf(joinUrl), name: "남남", phone: "010-1111-2222" }, { headers: stranger }))
      expect(wrong.status).toBe(403)

      const registration = await register("family@namwon.example")
      const joined = await api.post("/farmer/invites/accept", { token: tokenOf(joinUrl), name: "김가족", phone: "01033334444" }, { headers: registration })
      expect(joined.status).toBe(201)
      expect(joined.data.member).toMatchObject({ role: "member", email: "family@namwon.example" })
      const member = await farmerSignIn(api, "family@namwon.example")
      const [mine, ownersView] = await Promise.all([api.get("/farmer/me", { headers: member }), api.get("/farmer/me", { headers: owner })])
      expect(mine.data.farm.id).toBe(ownersView.data.farm.id)

      // The link works once; a member (not the owner) cannot invite.
      const again = await statusOf(api.post("/farmer/invites/accept", { token: tokenOf(joinUrl), name: "남남", phone: "010-1111-2222" }, { headers: await register("again@example.com") }))
      expect(again.status).toBe(400)
      expect((await statusOf(invite(member, "cousin@example.com"))).status).toBe(403)
      expect((await statusOf(api.delete(`/farmer/members/${joined.data.member.id}`, { headers: member }))).status).toBe(403)

      // The owner removes the member: its login no longer reaches the farm.
      await api.delete(`/farmer/members/${joined.data.member.id}`, { headers: owner })
      expect((await statusOf(api.get("/farmer/me", { headers: member }))).status).toBe(401)
    })

    it("keeps each farm's members to itself and refuses an e-mail that already has a farm", async () => {
      const theirs = await api.get("/farmer/members", { headers: otherOwner })
      const emails = theirs.data.members.map((m: { email: string }) => m.email)
      expect(emails).toEqual(["owner@hyodon.example"])
      const taken = await statusOf(invite(otherOwner, "owner@namwon.example"))
      expect(taken.status).toBe(400)
      expect(taken.message).toMatch(/email/)
      const unknown = await statusOf(api.post("/farmer/invites/accept", { token: "x".repeat(43), name: "남남", phone: "010-1111-2222" }, { headers: await register("nobody@example.com") }))
      expect(unknown.status).toBe(404)
      expect((await statusOf(api.get("/farmer/members"))).status).toBe(401)
    })
  },
})
