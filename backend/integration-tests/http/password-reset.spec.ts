import { rm } from "node:fs/promises"
import { afterAll, beforeAll, expect, it } from "vitest"
import Medusa, { FetchError } from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { BACKEND_DIR, OUTBOX_FILE, testEnv } from "../helpers"
import { mailTo, outbox } from "../outbox"

const AUTH = "/auth/customer/emailpass"

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise
    return 200
  } catch (error) {
    if (error instanceof FetchError) return error.status ?? 0
    throw error
  }
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    let sdk: Medusa
    beforeAll(async () => {
      await rm(OUTBOX_FILE, { force: true })
      const [key] = await getContainer().resolve(Modules.API_KEY).createApiKeys([{ title: "reset test", type: "publishable", created_by: "test" }])
      sdk = new Medusa({ baseUrl: api.defaults.baseURL ?? "", publishableKey: key.token })
    })
    afterAll(() => rm(OUTBOX_FILE, { force: true }))

    const login = (email: string, password: string) =>
      sdk.client.fetch<{ token: string }>(AUTH, { method: "POST", body: { email, password } })

    it("e-mails a reset link to the outbox, and its token sets a new password once", async () => {
      const email = `reset-${Date.now()}@example.com`
      const { token: registration } = await sdk.client.fetch<{ token: string }>(`${AUTH}/register`, { method: "POST", body: { email, password: "old-password-1" } })
      await sdk.client.fetch("/store/customers", { method: "POST", body: { email, first_name: "홍길동", last_name: "" }, headers: { authorization: `Bearer ${registration}` } })

      // Unknown addresses get the same answer and no e-mail.
      const stranger = `nobody-${Date.now()}@example.com`
      await sdk.client.fetch(`${AUTH}/reset-password`, { method: "POST", body: { identifier: stranger }, headers: { accept: "text/plain" } })
      await sdk.client.fetch(`${AUTH}/reset-password`, { method: "POST", body: { identifier: email }, headers: { accept: "text/plain" } })

      const mail = await mailTo(email)
      expect(mail).toMatchObject({ channel: "email", template: "customer-password-reset" })
      const resetUrl = new URL(String(mail.data.reset_url))
      expect(resetUrl.pathname).toBe("/account/reset-password")
      expect(resetUrl.searchParams.get("email")).toBe(email)
      const token = resetUrl.searchParams.get("token")
      expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
      expect((await outbox()).some((e) => e.to === stranger)).toBe(false)

      const update = () => sdk.client.fetch(`${AUTH}/update`, { method: "POST", body: { password: "new-password-2" }, headers: { authorization: `Bearer ${token}` } })
      await update()
      expect((await login(email, "new-password-2")).token).toEqual(expect.any(String))
      expect(await statusOf(login(email, "old-password-1"))).toBe(401)
      // The token is single-use.
      expect(await statusOf(update())).toBe(401)
    })

    it("refuses a session token in place of a reset token", async () => {
      const email = `session-${Date.now()}@example.com`
      const { token } = await sdk.client.fetch<{ token: string }>(`${AUTH}/register`, { method: "POST", body: { email, password: "old-password-1" } })
      const update = sdk.client.fetch(`${AUTH}/update`, { method: "POST", body: { password: "hijacked-3" }, headers: { authorization: `Bearer ${token}` } })
      expect(await statusOf(update)).toBe(401)
    })

    it("e-mails a farmer the portal's reset page, and the new password signs the farmer in", async () => {
      const email = `farmer-reset-${Date.now()}@example.com`
      const farmer = "/auth/farmer/emailpass"
      await sdk.client.fetch(`${farmer}/register`, { method: "POST", body: { email, password: "old-password-1" } })
      await sdk.client.fetch(`${farmer}/reset-password`, { method: "POST", body: { identifier: email }, headers: { accept: "text/plain" } })
      const mail = await mailTo(email)
      expect(mail.template).toBe("farmer-password-reset")
      const resetUrl = new URL(String(mail.data.reset_url))
      expect(resetUrl.pathname).toBe("/farmer/reset-password")
      const token = resetUrl.searchParams.get("token")
      await sdk.client.fetch(`${farmer}/update`, { method: "POST", body: { password: "new-password-2" }, headers: { authorization: `Bearer ${token}` } })
      const { token: session } = await sdk.client.fetch<{ token: string }>(farmer, { method: "POST", body: { email, password: "new-password-2" } })
      expect(session).toEqual(expect.any(String))
    })
  },
})
