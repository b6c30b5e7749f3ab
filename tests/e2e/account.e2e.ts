import path from "node:path"
import { expect, test } from "@playwright/test"
import { ARTIFACTS, storefront } from "./shop"

test("a shopper signs up, sees the account, signs out and signs in again", async ({ page }) => {
  const email = `shopper-${Date.now()}@example.com`
  await page.goto(`${storefront()}/account/register`)
  await page.getByLabel("이름").fill("홍길동")
  await page.getByLabel("이메일").fill(email)
  await page.getByLabel("휴대폰 번호").fill("01012345678")
  await page.getByLabel("비밀번호", { exact: true }).fill("gyul-2026!")
  await page.getByLabel("비밀번호 확인").fill("gyul-2026!")
  await page.getByRole("button", { name: "회원가입" }).click()

  await expect(page).toHaveURL(/\/account$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("홍길동님의 계정")
  await expect(page.getByText("아직 주문이 없습니다")).toBeVisible()
  await page.screenshot({ path: path.join(ARTIFACTS, "account.png") })

  await page.getByRole("button", { name: "로그아웃" }).click()
  await expect(page).toHaveURL(`${storefront()}/`)
  await page.goto(`${storefront()}/account`)
  await expect(page).toHaveURL(/\/account\/login$/)

  await page.getByLabel("이메일").fill(email)
  await page.getByLabel("비밀번호").fill("wrong-password")
  await page.getByRole("button", { name: "로그인" }).click()
  await expect(page.getByText("이메일 또는 비밀번호가 맞지 않습니다.")).toBeVisible()

  await page.getByLabel("비밀번호").fill("gyul-2026!")
  await page.getByRole("button", { name: "로그인" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("홍길동님의 계정")
})

test("sign-up names each wrong field in Korean and creates nothing", async ({ page }) => {
  await page.goto(`${storefront()}/account/register`)
  await page.getByLabel("이름").fill("홍길동")
  await page.getByLabel("이메일").fill("not-an-email")
  await page.getByLabel("휴대폰 번호").fill("123")
  await page.getByLabel("비밀번호", { exact: true }).fill("short")
  await page.getByLabel("비밀번호 확인").fill("short")
  await page.getByRole("button", { name: "회원가입" }).click()
  await expect(page.getByText("이메일 주소 형식이 올바르지 않습니다.")).toBeVisible()
  await expect(page.getByText("휴대폰 번호를 010-1234-5678 형식으로 입력해 주세요.")).toBeVisible()
  await expect(page.getByText("비밀번호는 8자 이상이어야 합니다.")).toBeVisible()
  await expect(page).toHaveURL(/\/account\/register$/)
})
