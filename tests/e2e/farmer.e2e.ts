import path from "node:path"
import { expect, test } from "@playwright/test"
import { adminRequest, adminToken } from "./admin-api"
import { ARTIFACTS, storefront } from "./shop"

test.use({ viewport: { width: 360, height: 780 } })

test("a farmer applies from a phone, the department approves, and the farmer sees the farm approved", async ({ page }) => {
  const email = `farmer-${Date.now()}@example.com`
  await page.goto(`${storefront()}/farmer/apply`)
  await page.getByRole("button", { name: "입점 신청서 보내기" }).click()
  await expect(page.getByText(/고칠 곳이 \d+군데 있습니다/)).toBeVisible()

  const fields: Record<string, string> = {
    "농장 이름": "하례 귤빛농원",
    "대표자 이름": "강하례",
    도로명주소: "제주특별자치도 서귀포시 남원읍 하례로 10",
    "휴대폰 번호": "010-4444-5555",
    이메일: email,
    "농업경영체 등록번호": "1234567890",
    "은행 이름": "농협은행",
    계좌번호: "301-0000-1111-22",
    예금주: "강하례",
  }
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value)
  await page.getByLabel("읍·면·동").selectOption("남원읍")
  await page.getByLabel("인증 1 종류").selectOption("GAP")
  await page.getByLabel("인증 1 번호").fill("GAP-2026-77")
  await page.getByLabel("비밀번호", { exact: true }).fill("gyul-farm-2026")
  await page.getByLabel("비밀번호 확인").fill("gyul-farm-2026")
  await page.screenshot({ path: path.join(ARTIFACTS, "farmer-apply.png"), fullPage: true })
  await page.getByRole("button", { name: "입점 신청서 보내기" }).click()

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
  await page.screenshot({ path: path.join(ARTIFACTS, "farmer-dashboard.png"), fullPage: true })

  // Sign out and in again.
  await page.getByRole("button", { name: "로그아웃" }).click()
  await expect(page).toHaveURL(/\/farmer\/login/)
  await page.getByLabel("이메일").fill(email)
  await page.getByLabel("비밀번호").fill("wrong-password")
  await page.getByRole("button", { name: "로그인" }).click()
  await expect(page.getByText("이메일 또는 비밀번호가 맞지 않습니다.")).toBeVisible()
  await page.getByLabel("비밀번호").fill("gyul-farm-2026")
  await page.getByRole("button", { name: "로그인" }).click()
  await expect(page.locator("[data-status]")).toContainText("승인됨")
})
