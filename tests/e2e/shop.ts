import { expect, type Page } from "@playwright/test"
import path from "node:path"

/** Where screenshots are kept (tests/artifacts). */
export const ARTIFACTS = path.resolve(__dirname, "..", "artifacts")

/** The shop started by global-setup.ts. */
export function storefront(): string {
  const url = process.env.STOREFRONT_URL
  if (!url) throw new Error("STOREFRONT_URL is not set: global-setup.ts starts the shop")
  return url
}

/** Chooses one value per option group on the product page. */
export async function pick(page: Page, choices: Record<string, string>) {
  for (const [option, value] of Object.entries(choices)) {
    await page.getByRole("group", { name: option }).getByRole("radio", { name: new RegExp(`^${value}`) }).check()
  }
}

export async function addToCart(page: Page) {
  await page.getByRole("button", { name: "장바구니 담기" }).click()
  await expect(page.getByRole("status").filter({ hasText: "장바구니에 담았습니다" })).toBeVisible()
}

/** The shop's backend started by global-setup.ts. */
export function backend(): string {
  const url = process.env.BACKEND_URL
  if (!url) throw new Error("BACKEND_URL is not set: global-setup.ts starts the shop")
  return url
}
