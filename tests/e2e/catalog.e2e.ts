import path from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { ARTIFACTS, storefront } from "./shop"

const WON = /\d{1,3}(,\d{3})*원/

/** Every <img> in main has loaded real pixels (not a broken or blank image). */
async function expectImagesLoaded(page: Page) {
  const images = page.locator("main img")
  await expect(images.first()).toBeVisible()
  const broken = await images.evaluateAll((imgs) =>
    (imgs as HTMLImageElement[]).filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.src)
  )
  expect(broken).toEqual([])
}

test("the home page shows the Seogwipo catalog in Korean with won prices and images, and a product opens", async ({ page }) => {
  await page.goto(storefront())
  await expect(page).toHaveTitle(/서귀포in/)
  await expect(page.locator("html")).toHaveAttribute("lang", "ko")
  const main = page.locator("main")
  await expect(main.getByText(/한라봉/).first()).toBeVisible()
  await expect(main.getByText(WON).first()).toBeVisible()
  await expectImagesLoaded(page)
  await page.screenshot({ path: path.join(ARTIFACTS, "home.png"), fullPage: false })

  await main.getByRole("link", { name: /한라봉/ }).first().click()
  await expect(page).toHaveURL(/\/products\//)
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/한라봉/)
  await expect(page.locator("main").getByText(WON).first()).toBeVisible()
  await expect(page.getByText("상품정보제공고시").first()).toBeVisible()
  await expectImagesLoaded(page)
  await page.screenshot({ path: path.join(ARTIFACTS, "product.png"), fullPage: true })
})

test("an unknown product answers with the Korean not-found page", async ({ page }) => {
  const response = await page.goto(`${storefront()}/products/no-such-product`)
  expect(response?.status()).toBe(404)
  await expect(page.getByText(/찾을 수 없/).first()).toBeVisible()
})
