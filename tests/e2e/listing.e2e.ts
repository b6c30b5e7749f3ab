import { expect, test, type Page } from "@playwright/test"
import path from "node:path"
import { ARTIFACTS, storefront } from "./shop"

const koreaMonth = Number(new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Seoul", month: "numeric" }).format(new Date()))

/** The lowest price on each product card of the grid, in order ("19,000원부터" -> 19000). */
async function cardPrices(page: Page): Promise<number[]> {
  await expect(page.locator('main a[href^="/products/"]').first()).toBeVisible() // the grid streams in
  const texts = await page.locator('main a[href^="/products/"]').allInnerTexts()
  return texts.map((text) => {
    const match = /(\d{1,3}(?:,\d{3})+|\d+)원/.exec(text)
    if (!match?.[1]) throw new Error(`no price on card: ${text}`)
    return Number(match[1].replace(/,/g, ""))
  })
}

test("home shows this month's seasonal goods, the six categories, gift sets, farms and the legal footer", async ({ page }) => {
  await page.goto(storefront())
  const season = page.getByRole("region", { name: "이달의 제철" })
  await expect(season).toBeVisible()
  await expect(season.locator('a[href^="/products/"]').first()).toBeVisible()
  if (koreaMonth === 11) {
    // Seed seasons: 황금향 9–12, 노지감귤 10–1 (and 11–1); 한라봉 (12–3) is not yet in season.
    await expect(season.getByText(/황금향/).first()).toBeVisible()
    await expect(season.getByText(/노지감귤/).first()).toBeVisible()
    await expect(season.getByText(/한라봉/)).toHaveCount(0)
  }
  const categories = page.getByRole("region", { name: "분류별로 보기" })
  for (const name of ["감귤·만감류", "농산물", "수산물", "축산물", "가공식품", "관광·체험"]) {
    await expect(categories.getByRole("link", { name: new RegExp(name) })).toBeVisible()
  }
  await expect(page.getByRole("region", { name: "선물세트" }).getByText(/선물세트/).first()).toBeVisible()
  const farms = page.getByRole("region", { name: "서귀포 농가" })
  await expect(farms.locator('a[href^="/farms/"]').first()).toBeVisible()
  await page.screenshot({ path: path.join(ARTIFACTS, "home-listing.png"), fullPage: true })

  const footer = page.locator("footer")
  await expect(footer.getByText("사업자등록번호")).toBeVisible()
  await expect(footer.getByText("통신판매업 신고번호")).toBeVisible()
  await expect(footer.getByText(/통신판매중개자/)).toBeVisible()
  await footer.getByRole("link", { name: "이용약관" }).click()
  await expect(page).toHaveURL(/\/terms$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("이용약관")
  await page.goto(`${storefront()}/privacy`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("개인정보처리방침")
})

test("a category filtered to 냉동 and sorted 낮은 가격순 keeps both in the URL and across a reload", async ({ page }) => {
  await page.goto(`${storefront()}/categories/seafood`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("수산물")
  await page.getByText("필터", { exact: true }).click()
  await page.getByRole("group", { name: "배송" }).getByLabel("냉동").check()
  await page.getByRole("button", { name: "적용하기" }).click()
  await expect(page).toHaveURL(/delivery=frozen/)

  await page.getByRole("navigation", { name: "정렬" }).getByRole("link", { name: "낮은 가격순" }).click()
  await expect(page).toHaveURL(/sort=price-asc/)
  expect(page.url()).toContain("delivery=frozen")
  await expect(page.getByRole("link", { name: "냉동 필터 해제" })).toBeVisible()

  const check = async () => {
    await expect(page.getByRole("link", { name: "낮은 가격순" })).toHaveAttribute("aria-current", "true")
    const prices = await cardPrices(page)
    expect(prices.length).toBeGreaterThan(1)
    expect(prices).toEqual([...prices].sort((a, b) => a - b))
    return prices
  }
  const before = await check()
  await page.screenshot({ path: path.join(ARTIFACTS, "category-filtered.png"), fullPage: true })

  await page.reload()
  expect(page.url()).toMatch(/delivery=frozen/)
  expect(page.url()).toMatch(/sort=price-asc/)
  expect(await check()).toEqual(before)
})

test("bad listing parameters fall back instead of failing", async ({ page }) => {
  const response = await page.goto(`${storefront()}/categories/citrus?page=abc&sort=bogus&delivery=air&min=-1`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("감귤·만감류")
  await expect(page.getByRole("link", { name: "1 페이지" })).toHaveAttribute("aria-current", "page")
  await expect(page.getByRole("link", { name: "인기순" })).toHaveAttribute("aria-current", "true")
  await expect(page.locator('main a[href^="/products/"]')).toHaveCount(12)

  await page.goto(`${storefront()}/categories/citrus?page=999`)
  await expect(page.getByRole("link", { name: "2 페이지" })).toHaveAttribute("aria-current", "page")
  await expect(page.locator('main a[href^="/products/"]').first()).toBeVisible()
})

test("the farm list pages through every approved farm and opens a farm", async ({ page }) => {
  await page.goto(`${storefront()}/farms?page=abc`)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("서귀포 농가")
  const cards = page.locator('main a[href^="/farms/"]')
  await expect(cards.first()).toBeVisible()
  await cards.first().click()
  await expect(page).toHaveURL(/\/farms\/[a-z0-9-]+$/)
  await expect(page.getByRole("heading", { level: 2, name: "인증" })).toBeVisible()
})
