import path from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { ARTIFACTS, storefront, pick, addToCart } from "./shop"

async function expectTotals(page: Page, items: string, shipping: string, grand: string) {
  await expect(page.getByTestId("total-items")).toHaveText(items)
  await expect(page.getByTestId("total-shipping")).toHaveText(shipping)
  await expect(page.getByTestId("total-grand")).toHaveText(grand)
}

test("a shopper fills a cart from two farms: parcels per farm, fees, nudge, totals in won", async ({ page }) => {
  // 남원 햇살과수원: 일반 택배 3,500원, free from 50,000원.
  await page.goto(`${storefront()}/products/hallabong-namwon`)
  await pick(page, { 중량: "3kg", 구분: "가정용" })
  await expect(page.getByText("29,000원", { exact: true })).toBeVisible()
  await addToCart(page)
  await expect(page.getByRole("link", { name: "장바구니 (1개 담김)" })).toBeVisible()

  // 성산 해돋이밭: 일반 택배 4,000원, free from 40,000원.
  await page.goto(`${storefront()}/products/carrot-seongsan`)
  await pick(page, { 중량: "3kg" })
  await expect(page.getByText("9,900원", { exact: true })).toBeVisible()
  await addToCart(page)

  await page.getByRole("link", { name: "장바구니 (2개 담김)" }).click()
  await expect(page).toHaveURL(/\/cart$/)
  await expect(page.getByTestId("farm-parcel")).toHaveCount(2)
  const namwon = page.getByRole("region", { name: /남원 햇살과수원/ })
  const seongsan = page.getByRole("region", { name: /성산 해돋이밭/ })
  await expect(namwon.getByTestId("parcel-fee")).toHaveText("3,500원")
  await expect(namwon.getByText("21,000원 더 담으면 무료배송")).toBeVisible()
  await expect(seongsan.getByTestId("parcel-fee")).toHaveText("4,000원")
  await expect(seongsan.getByText("30,100원 더 담으면 무료배송")).toBeVisible()
  await expectTotals(page, "38,900원", "7,500원", "46,400원")

  // Two boxes of 한라봉 reach 남원's threshold: its parcel ships free and the totals follow.
  await namwon.getByRole("button", { name: /수량 늘리기/ }).click()
  await expect(namwon.getByTestId("parcel-fee")).toHaveText("무료배송")
  await expect(namwon.getByText(/더 담으면 무료배송/)).toHaveCount(0)
  await expect(namwon.getByTestId("line-total")).toHaveText("58,000원")
  await expectTotals(page, "67,900원", "4,000원", "71,900원")
  await expect(page.getByRole("link", { name: "주문하기" })).toHaveAttribute("href", "/checkout")
  await page.screenshot({ path: path.join(ARTIFACTS, "cart.png"), fullPage: true })

  // Typing a quantity works too.
  const carrotQty = seongsan.getByRole("spinbutton")
  await carrotQty.fill("3")
  await carrotQty.press("Enter")
  await expect(seongsan.getByTestId("line-total")).toHaveText("29,700원")
  await expectTotals(page, "87,700원", "4,000원", "91,700원")

  await seongsan.getByRole("button", { name: /삭제/ }).click()
  await expect(page.getByTestId("farm-parcel")).toHaveCount(1)
  await expectTotals(page, "58,000원", "0원", "58,000원")

  await namwon.getByRole("button", { name: /삭제/ }).click()
  await expect(page.getByText("장바구니가 비어 있습니다.")).toBeVisible()
})

test("a sold-out variant is shown but cannot be added, and the server refuses it too", async ({ page }) => {
  await page.goto(`${storefront()}/products/okdom-gift-seogwi`)
  await expect(page.getByRole("radio", { name: /6미 \(품절\)/ })).toBeVisible()
  await pick(page, { 구성: "6미" })
  const button = page.getByRole("button", { name: "품절" })
  await expect(button).toBeDisabled()

  // Forcing the form past the disabled button: the server action refuses it.
  await button.evaluate((el) => el.removeAttribute("disabled"))
  await button.click()
  await expect(page.getByRole("status").filter({ hasText: "품절된 옵션은 담을 수 없습니다" })).toBeVisible()
  await page.goto(`${storefront()}/cart`)
  await expect(page.getByText("장바구니가 비어 있습니다.")).toBeVisible()

  // The other variant is addable.
  await page.goto(`${storefront()}/products/okdom-gift-seogwi`)
  await pick(page, { 구성: "4미" })
  await expect(page.getByRole("button", { name: "장바구니 담기" })).toBeEnabled()
})
