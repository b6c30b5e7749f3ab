import { expect, test } from "@playwright/test"
import { adminRequest, adminToken } from "./admin-api"
import { addToCart, pick, storefront } from "./shop"

type AdminProduct = { id: string; variants: { id: string; title: string; prices: { id: string; amount: number; currency_code: string }[] }[] }

test("a price changed in the backend shows on the product page and in the cart within seconds", async ({ page }) => {
  // Let the product page be cached (and hold the box in the cart, as a shopper would).
  await page.goto(`${storefront()}/products/hallabong-namwon`)
  await pick(page, { 중량: "3kg", 구분: "가정용" })
  await expect(page.getByText("29,000원", { exact: true })).toBeVisible()
  await addToCart(page)
  await page.reload()
  await expect(page.getByText("29,000원", { exact: true }).first()).toBeVisible()

  // The department changes that variant's price in the admin API.
  const token = await adminToken()
  const { products } = await adminRequest<{ products: AdminProduct[] }>(token, "GET", "/admin/products?handle=hallabong-namwon&fields=id,*variants,*variants.prices")
  const product = products[0]
  const variant = product.variants.find((v) => v.title.includes("3kg") && v.title.includes("가정용")) ?? product.variants[0]
  await adminRequest(token, "POST", `/admin/products/${product.id}/variants/${variant.id}`, {
    prices: variant.prices.map((price) => (price.currency_code === "krw" ? { id: price.id, currency_code: "krw", amount: 27500 } : price)),
  })

  // The product page shows the new price within a few seconds (the backend revalidates the cache).
  await expect(async () => {
    await page.reload()
    await pick(page, { 중량: "3kg", 구분: "가정용" })
    await expect(page.getByText("27,500원", { exact: true }).first()).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 10_000 })

  // The cart never keeps the old price either.
  await page.goto(`${storefront()}/cart`)
  await expect(page.getByTestId("line-total").first()).toHaveText("27,500원")
})
