import { expect, test, type Locator, type Page } from "@playwright/test"
import { storefront } from "./shop"

/** Counts what the shopper clicks; typing into fields is not counted (issue 3: "plus the typed fields"). */
function clickCounter() {
  let clicks = 0
  return {
    click: async (target: Locator) => {
      clicks += 1
      await target.click()
    },
    get count() {
      return clicks
    },
  }
}

const ORDER_PLACED = { name: "주문이 접수되었습니다" }

async function type(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value)
}

test("a guest buys in at most 8 clicks plus the typed fields", async ({ page }) => {
  const shopper = clickCounter()
  await page.goto(`${storefront()}/products/hallabong-namwon`)
  await shopper.click(page.getByRole("group", { name: "중량" }).getByRole("radio", { name: /^5kg/ }))
  await shopper.click(page.getByRole("button", { name: "바로 구매" }))
  await expect(page).toHaveURL(/\/checkout$/)
  await type(page, {
    이름: "고서귀",
    "휴대폰 번호": "010-5555-6666",
    이메일: `effort-${Date.now()}@example.com`,
    "받는 분 이름": "고서귀",
    "받는 분 연락처": "010-5555-6666",
    우편번호: "63592",
    도로명주소: "제주특별자치도 서귀포시 중앙로 105",
    상세주소: "1층",
  })
  await shopper.click(page.getByRole("button", { name: /주문하기$/ }))
  await expect(page.getByRole("heading", ORDER_PLACED)).toBeVisible({ timeout: 30_000 })
  expect(shopper.count).toBeLessThanOrEqual(8)
})

test("a signed-in repeat buyer orders again in at most 4 clicks", async ({ page }) => {
  const email = `repeat-${Date.now()}@example.com`
  await page.goto(`${storefront()}/account/register`)
  await type(page, { 이름: "문예래", 이메일: email, "휴대폰 번호": "010-7777-8888", 비밀번호: "gyul-2026!", "비밀번호 확인": "gyul-2026!" })
  await page.getByRole("button", { name: "회원가입" }).click()
  await expect(page).toHaveURL(/\/account$/)
  // The first order saves the address.
  await page.goto(`${storefront()}/products/carrot-seongsan`)
  await page.getByRole("button", { name: "바로 구매" }).click()
  await type(page, { "받는 분 이름": "문예래", "받는 분 연락처": "010-7777-8888", 우편번호: "63592", 도로명주소: "제주특별자치도 서귀포시 중앙로 105", 상세주소: "3층" })
  await page.getByRole("button", { name: /주문하기$/ }).click()
  await expect(page.getByRole("heading", ORDER_PLACED)).toBeVisible({ timeout: 30_000 })

  const shopper = clickCounter()
  await page.goto(`${storefront()}/products/carrot-seongsan`)
  await shopper.click(page.getByRole("button", { name: "바로 구매" }))
  await expect(page.getByLabel("상세주소", { exact: true })).toHaveValue("3층")
  await shopper.click(page.getByRole("button", { name: /주문하기$/ }))
  await expect(page.getByRole("heading", ORDER_PLACED)).toBeVisible({ timeout: 30_000 })
  expect(shopper.count).toBeLessThanOrEqual(4)
})

/** The accessible name of the focused element: its label, or its own text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return ""
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent
    return (labelled ?? el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim()
  })
}

/** Presses Tab until the focused element's name matches; fails if it is not reached in `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab")
    if (name.test(await focusedName(page))) return
  }
  throw new Error(`${name} was not reached with the Tab key`)
}

test("a guest checks out with the keyboard alone", async ({ page }) => {
  await page.goto(`${storefront()}/products/carrot-seongsan`)
  await tabTo(page, /^바로 구매$/)
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(/\/checkout$/)
  const fields: [RegExp, string][] = [
    [/^이름/, "나키보"],
    [/^휴대폰 번호/, "010-3333-4444"],
    [/^이메일/, `keyboard-${Date.now()}@example.com`],
    [/^받는 분 이름/, "나키보"],
    [/^받는 분 연락처/, "010-3333-4444"],
    [/^우편번호/, "63592"],
    [/^도로명주소/, "제주특별자치도 서귀포시 중앙로 105"],
    [/^상세주소/, "4층"],
  ]
  for (const [label, value] of fields) {
    await tabTo(page, label)
    await page.keyboard.type(value)
  }
  await tabTo(page, /주문하기$/)
  await page.keyboard.press("Enter")
  await expect(page.getByRole("heading", ORDER_PLACED)).toBeVisible({ timeout: 30_000 })
})
