import { expect, type Page } from "@playwright/test"
import { readFile } from "node:fs/promises"
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

/** The reset link the outbox provider wrote to `to` (template customer- or farmer-password-reset) in the shop's data dir. */
export async function resetLinkFor(to: string, template = "customer-password-reset"): Promise<string> {
  const dataDir = process.env.SEOGWIPO_TEST_DATA_DIR
  if (!dataDir) throw new Error("SEOGWIPO_TEST_DATA_DIR is not set: global-setup.ts starts the shop")
  const file = path.join(dataDir, "outbox.jsonl")
  let link = ""
  await expect
    .poll(async () => {
      const lines = (await readFile(file, "utf8").catch(() => "")).split("\n").filter(Boolean)
      const mail = lines.map((l) => JSON.parse(l) as { to: string; template: string; data: { reset_url?: string } }).find((m) => m.to === to && m.template === template)
      link = mail?.data.reset_url ?? ""
      return link
    }, { message: `a ${template} e-mail to ${to} in ${file}` })
    .toMatch(/reset-password\?token=/)
  return link
}
