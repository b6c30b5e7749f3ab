import path from "node:path"
import { expect, test } from "@playwright/test"
import { ARTIFACTS, storefront } from "./shop"

test("the header search box suggests as the shopper types 초성 and opens the product with the keyboard", async ({ page }) => {
  await page.goto(storefront())
  // The page sends a plain search form; reaching for it loads the combobox in its place.
  await page.getByLabel("상품 검색").click()
  const box = page.getByRole("combobox", { name: "상품 검색" })
  await expect(box).toBeFocused()
  await box.pressSequentially("ㅎㄹㅂ", { delay: 50 })
  const listbox = page.getByRole("listbox", { name: "검색어 제안" })
  await expect(listbox.getByRole("option", { name: /한라봉/ }).first()).toBeVisible()
  await page.screenshot({ path: path.join(ARTIFACTS, "search-suggest.png") })
  await box.press("ArrowDown")
  await box.press("Enter")
  await expect(page).toHaveURL(/\/(products|categories|farms)\//)
})

test("results show counts, highlights, facets and sorts; a typo gets a correction", async ({ page }) => {
  await page.goto(`${storefront()}/search?q=${encodeURIComponent("한라봉")}`)
  await expect(page.getByRole("heading", { level: 1, name: /'한라봉' 검색 결과 \d+개/ })).toBeVisible()
  await expect(page.locator("main mark").first()).toContainText("한라봉")
  await page.screenshot({ path: path.join(ARTIFACTS, "search-results.png"), fullPage: true })

  const facets = page.getByRole("region", { name: "검색 필터" })
  await facets.getByRole("link", { name: /남원 햇살과수원/ }).first().click()
  await expect(page).toHaveURL(/farm=namwon-sunny-orchard/)
  await expect(page.getByRole("link", { name: /필터 해제/ }).first()).toBeVisible()

  await page.goto(`${storefront()}/search?q=${encodeURIComponent("감귤")}&sort=price-asc`)
  const prices = await page.locator("main").getByText(/^\d{1,3}(,\d{3})*원$/).allInnerTexts()
  const won = prices.map((p) => Number(p.replace(/[^\d]/g, "")))
  expect(won.length).toBeGreaterThan(1)
  expect(won).toEqual([...won].sort((a, b) => a - b))

  // 옥돈: no product; the shop offers 옥돔 and popular goods instead of a blank page.
  await page.goto(`${storefront()}/search?q=${encodeURIComponent("옥돈")}`)
  await expect(page.getByRole("link", { name: /옥돔/ }).first()).toBeVisible()
  await expect(page.getByRole("heading", { name: "지금 많이 찾는 상품" })).toBeVisible()
})

test("the search works without JavaScript: a plain form and server-rendered results", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(storefront())
  await page.getByRole("searchbox", { name: "상품 검색" }).fill("gksfkqhd") // 한라봉 typed with the keyboard in English mode
  await page.getByRole("button", { name: "검색" }).click()
  await expect(page.getByRole("heading", { level: 1, name: /검색 결과 \d+개/ })).toBeVisible()
  await expect(page.locator("main").getByText("한라봉").first()).toBeVisible()
  await context.close()
})
