import path from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { addToCart, ARTIFACTS, pick, storefront } from "./shop"

async function fillAddress(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value)
}

const guest = {
  이름: "홍길동",
  "휴대폰 번호": "010-1234-5678",
  이메일: `guest-${Date.now()}@example.com`,
  "받는 분 이름": "김영희",
  "받는 분 연락처": "01098765432",
  우편번호: "04524",
  도로명주소: "서울특별시 중구 세종대로 110",
  상세주소: "3층 301호",
}

test("a guest buys from two farms as a gift with 무통장입금, sees the confirmation and finds the order again", async ({ page }) => {
  await page.goto(`${storefront()}/products/hallabong-namwon`)
  await pick(page, { 중량: "3kg", 구분: "선물용" })
  await addToCart(page)
  await page.goto(`${storefront()}/products/carrot-seongsan`)
  await pick(page, { 중량: "3kg" })
  await addToCart(page)

  await page.goto(`${storefront()}/cart`)
  await page.getByRole("link", { name: "주문하기" }).click()
  await expect(page).toHaveURL(/\/checkout$/)
  await expect(page.getByText("남원 햇살과수원 발송")).toBeVisible()
  await expect(page.getByText("성산 해돋이밭 발송")).toBeVisible()

  // Wrong phone and postcode, empty address: field errors, and no order is placed.
  await fillAddress(page, { ...guest, "휴대폰 번호": "010-12", 우편번호: "1234", 도로명주소: "" })
  await page.getByRole("button", { name: /주문하기$/ }).click()
  await expect(page.getByText("주문하시는 분 휴대폰 번호를 010-1234-5678 형식으로 입력해 주세요.")).toBeVisible()
  await expect(page.getByText("우편번호는 숫자 5자리입니다.")).toBeVisible()
  await expect(page.getByText("도로명주소를 입력해 주세요.")).toBeVisible()
  await expect(page).toHaveURL(/\/checkout$/)

  await fillAddress(page, guest)
  await page.getByLabel("배송 메모 (선택)").fill("경비실에 맡겨 주세요")
  await page.getByLabel(/선물로 보내기/).check()
  await page.getByLabel(/선물 메시지/).fill("제주 한라봉 맛있게 드세요!")
  await page.screenshot({ path: path.join(ARTIFACTS, "checkout.png"), fullPage: true })
  await page.getByRole("button", { name: /주문하기$/ }).click()

  await expect(page.getByRole("heading", { name: "주문이 접수되었습니다" })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole("heading", { name: "무통장입금 안내" })).toBeVisible()
  await expect(page.getByText("농협은행", { exact: false })).toBeVisible()
  await expect(page.getByText(/선물 포장/)).toBeVisible()
  const orderNumber = (await page.locator("header strong").first().innerText()).trim()
  expect(orderNumber).toMatch(/^\d+$/)
  await page.screenshot({ path: path.join(ARTIFACTS, "confirmation.png"), fullPage: true })

  // The cart is empty after the order.
  await page.goto(`${storefront()}/cart`)
  await expect(page.getByText("장바구니가 비어 있습니다.")).toBeVisible()

  // 비회원 주문 조회: a wrong e-mail finds nothing; the right one finds the order.
  await page.goto(`${storefront()}/order/lookup`)
  await page.getByLabel("주문번호").fill(orderNumber)
  await page.getByLabel("주문할 때 쓴 이메일").fill("someone-else@example.com")
  await page.getByRole("button", { name: "주문 조회" }).click()
  await expect(page.getByText("주문번호와 이메일이 일치하는 주문이 없습니다. 다시 확인해 주세요.")).toBeVisible()
  await page.getByLabel("주문할 때 쓴 이메일").fill(guest.이메일)
  await page.getByRole("button", { name: "주문 조회" }).click()
  await expect(page.getByRole("heading", { name: "주문 내역" })).toBeVisible()
  await expect(page.locator("header strong").first()).toHaveText(orderNumber)
})

test("a signed-up shopper checks out, finds the order in the account, and reorders with the saved address", async ({ page }) => {
  const email = `member-${Date.now()}@example.com`
  await page.goto(`${storefront()}/account/register`)
  await page.getByLabel("이름").fill("박서귀")
  await page.getByLabel("이메일").fill(email)
  await page.getByLabel("휴대폰 번호").fill("010-2222-3333")
  await page.getByLabel("비밀번호", { exact: true }).fill("gyul-2026!")
  await page.getByLabel("비밀번호 확인").fill("gyul-2026!")
  await page.getByRole("button", { name: "회원가입" }).click()
  await expect(page).toHaveURL(/\/account$/)

  await page.goto(`${storefront()}/products/carrot-seongsan`)
  await pick(page, { 중량: "3kg" })
  await addToCart(page)
  await page.goto(`${storefront()}/checkout`)
  await expect(page.getByLabel("이메일", { exact: true })).toHaveValue(email)
  await fillAddress(page, { "받는 분 이름": "박서귀", "받는 분 연락처": "010-2222-3333", 우편번호: "63592", 도로명주소: "제주특별자치도 서귀포시 중앙로 105", 상세주소: "2층" })
  await page.getByRole("button", { name: /주문하기$/ }).click()
  await expect(page.getByRole("heading", { name: "주문이 접수되었습니다" })).toBeVisible({ timeout: 30_000 })

  await page.goto(`${storefront()}/account`)
  await expect(page.getByRole("link", { name: /주문번호 \d+.*입금 대기/ })).toBeVisible()

  // The second time the saved address fills the form: one click places the order.
  await page.goto(`${storefront()}/products/carrot-seongsan`)
  await pick(page, { 중량: "3kg" })
  await addToCart(page)
  await page.goto(`${storefront()}/checkout`)
  await expect(page.getByLabel("상세주소", { exact: true })).toHaveValue("2층")
  await page.getByRole("button", { name: /주문하기$/ }).click()
  await expect(page.getByRole("heading", { name: "주문이 접수되었습니다" })).toBeVisible({ timeout: 30_000 })
  await page.goto(`${storefront()}/account`)
  await expect(page.getByRole("link", { name: /주문번호 \d+/ })).toHaveCount(2)
})
