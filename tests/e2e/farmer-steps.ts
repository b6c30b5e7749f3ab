import { expect, type Locator, type Page } from "@playwright/test"
import { storefront } from "./shop"

export const FARMER_PASSWORD = "gyul-farm-2026"

/** Fills fields by their exact label, on the page or inside one part of it (a fieldset). */
export async function fillByLabel(scope: Page | Locator, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await scope.getByLabel(label, { exact: true }).fill(value)
}

/** A new farm's application at /farmer/apply; the farmer lands on /farmer, signed in. */
export async function applyAsFarmer(page: Page, email: string, farmName: string, beforeSubmit?: () => Promise<void>) {
  await page.goto(`${storefront()}/farmer/apply`)
  await fillByLabel(page, {
    "농장 이름": farmName,
    "대표자 이름": "강하례",
    도로명주소: "제주특별자치도 서귀포시 남원읍 하례로 10",
    "휴대폰 번호": "010-4444-5555",
    이메일: email,
    "농업경영체 등록번호": "1234567890",
    "은행 이름": "농협은행",
    계좌번호: "301-0000-1111-22",
    예금주: "강하례",
  })
  await page.getByLabel("읍·면·동").selectOption("남원읍")
  await page.getByLabel("인증 1 종류").selectOption("GAP")
  await page.getByLabel("인증 1 번호").fill("GAP-2026-77")
  await page.getByLabel("비밀번호", { exact: true }).fill(FARMER_PASSWORD)
  await page.getByLabel("비밀번호 확인").fill(FARMER_PASSWORD)
  await beforeSubmit?.()
  await page.getByRole("button", { name: "입점 신청서 보내기" }).click()
  await expect(page).toHaveURL(/\/farmer$/)
}

/**
 * Controls on the page smaller than a thumb (44 CSS px tall): buttons, selects, text fields and
 * the portal menu's links. Checkboxes count through their label, text links inside sentences are
 * not controls.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = Array.from(document.querySelectorAll<HTMLElement>("main button, main select, main input:not([type=checkbox]):not([type=hidden]):not([type=file]), main textarea, nav[aria-label='농가 메뉴'] a"))
    return controls
      .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.getAttribute("aria-label") ?? el.textContent ?? el.getAttribute("name") ?? "").trim().slice(0, 30)}" ${Math.round(el.getBoundingClientRect().height)}px`)
  })
}


/**
 * What makes the page wider than the phone (a sideways scroll, or a zoomed-out page): elements
 * reaching past the viewport's right edge, outside horizontal scrollers (the category bar).
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const inScroller = (el: Element | null): boolean => {
      for (let at = el; at && at !== document.body; at = at.parentElement) if (["auto", "scroll", "hidden"].includes(getComputedStyle(at).overflowX)) return true
      return false
    }
    return Array.from(document.querySelectorAll("body *"))
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !inScroller(el.parentElement))
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} right=${Math.round(el.getBoundingClientRect().right)}`)
      .slice(0, 5)
  })
}
