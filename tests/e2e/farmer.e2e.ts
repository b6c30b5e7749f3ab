import path from "node:path"
import { expect, test } from "@playwright/test"
import { adminRequest, adminToken } from "./admin-api"
import { applyAsFarmer, FARMER_PASSWORD, sidewaysOverflow, smallTargets } from "./farmer-steps"
import { ARTIFACTS, resetLinkFor, storefront } from "./shop"

test.use({ viewport: { width: 360, height: 780 } })

test("a farmer applies from a phone, the department approves, and the farmer sees the farm approved", async ({ page }) => {
  const email = `farmer-${Date.now()}@example.com`
  await page.goto(`${storefront()}/farmer/apply`)
  await page.getByRole("button", { name: "입점 신청서 보내기" }).click()
  await expect(page.getByText(/고칠 곳이 \d+군데 있습니다/)).toBeVisible()

  await applyAsFarmer(page, email, "하례 귤빛농원", () => page.screenshot({ path: path.join(ARTIFACTS, "farmer-apply.png"), fullPage: true }).then(() => undefined))
  await expect(page).toHaveURL(/\/farmer$/)
  await expect(page.getByRole("heading", { name: "하례 귤빛농원" })).toBeVisible()
  await expect(page.locator("[data-status]")).toContainText("심사 중")

  // The department decides through the admin API (its screens come with the back office).
  const token = await adminToken()
  const { farms } = await adminRequest<{ farms: { id: string; email: string }[] }>(token, "GET", "/admin/farms?status=pending")
  const farm = farms.find((f) => f.email === email)
  expect(farm).toBeDefined()
  await adminRequest(token, "POST", `/admin/farms/${farm!.id}/decision`, { decision: "approve" })

  await page.reload()
  await expect(page.locator("[data-status]")).toContainText("승인됨")
  // Big enough for a thumb on a 360 px phone, on every page of the portal.
  for (const route of ["/farmer", "/farmer/products/new", "/farmer/orders", "/farmer/shipments", "/farmer/settlements", "/farmer/members"]) {
    await page.goto(`${storefront()}${route}`)
    expect(await smallTargets(page), route).toEqual([])
    // After a few pages the shop font (Pretendard) is in use: its wide glyphs once pushed the
    // header search field past 360 px.
    expect(await sidewaysOverflow(page), `${route} is wider than the phone`).toEqual([])
  }
  await page.goto(`${storefront()}/farmer`)
  await page.screenshot({ path: path.join(ARTIFACTS, "farmer-dashboard.png"), fullPage: true })

  // Sign out and in again.
  await page.getByRole("button", { name: "로그아웃" }).click()
  await expect(page).toHaveURL(/\/farmer\/login/)
  await page.getByLabel("이메일").fill(email)
  await page.getByLabel("비밀번호").fill("wrong-password")
  await page.getByRole("button", { name: "로그인" }).click()
  await expect(page.getByText("이메일 또는 비밀번호가 맞지 않습니다.")).toBeVisible()
  await page.getByLabel("비밀번호").fill(FARMER_PASSWORD)
  await page.getByRole("button", { name: "로그인" }).click()
  await expect(page.locator("[data-status]")).toContainText("승인됨")

  // A forgotten password: the portal's own reset page, through the e-mailed link.
  await page.getByRole("button", { name: "로그아웃" }).click()
  await page.getByRole("link", { name: "비밀번호를 잊으셨나요?" }).click()
  await page.getByLabel("이메일").fill(email)
  await page.getByRole("button", { name: "재설정 링크 받기" }).click()
  await expect(page.getByRole("status")).toContainText("메일을 보냈습니다")
  await page.goto(await resetLinkFor(email, "farmer-password-reset"))
  await page.getByLabel("새 비밀번호", { exact: true }).fill("new-gyul-farm-2026")
  await page.getByLabel("새 비밀번호 확인").fill("new-gyul-farm-2026")
  await page.getByRole("button", { name: "비밀번호 바꾸기" }).click()
  await expect(page).toHaveURL(/\/farmer\/login\?reset=done/)
  await page.getByLabel("이메일").fill(email)
  await page.getByLabel("비밀번호").fill("new-gyul-farm-2026")
  await page.getByRole("button", { name: "로그인" }).click()
  await expect(page.locator("[data-status]")).toContainText("승인됨")
})
