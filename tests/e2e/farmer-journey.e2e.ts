import path from "node:path"
import { expect, test, type Page } from "@playwright/test"
import { adminRequest, adminToken } from "./admin-api"
import { applyAsFarmer, fillByLabel } from "./farmer-steps"
import { addToCart, ARTIFACTS, pick, storefront } from "./shop"

test.use({ viewport: { width: 360, height: 780 } })

/** Text a farmer might paste that must stay text in a shopper's browser. */
const HOSTILE = `<script>window.__farmerScript = 1</script><img src="x" onerror="window.__farmerScript = 2">`

const NOTICE: Record<string, string> = {
  "품목 또는 명칭": "브로콜리",
  "포장단위별 내용물의 용량(중량), 수량, 크기": "2kg (4~6송이)",
  생산자: "하례 귤빛농원",
  원산지: "국산(제주특별자치도 서귀포시 남원읍)",
  "제조연월일(포장일 또는 생산연도)": "2026년산, 주문 후 수확",
  "유통기한 또는 품질유지기한": "수령 후 냉장 5일",
  "관련법상 표시사항": "해당 없음",
  상품구성: "브로콜리 2kg",
  "보관방법 또는 취급방법": "냉장 보관",
  "소비자상담 관련 전화번호": "010-4444-5555",
}

type Review = { id: string; product_id: string; product_title: string }
type AdminOrder = { id: string; display_id: number; payment_collections?: { payments?: { id: string }[] }[] }

async function listBroccoli(page: Page, title: string) {
  await page.goto(`${storefront()}/farmer/products/new`)
  await page.getByLabel("종류").selectOption("produce")
  await fillByLabel(page.getByRole("group", { name: "상품", exact: true }), {
    "상품 이름": title,
    "상품 설명": `하례리 밭에서 겨울 바닷바람을 맞고 자란 브로콜리입니다. ${HOSTILE}`,
    원산지: "제주 서귀포시 남원읍",
  })
  await page.getByLabel("연중 판매 (1년 내내)").check()
  await page.getByLabel("사진 더하기 (앨범에서 고르거나 바로 찍기)").setInputFiles(path.join(__dirname, "fixtures", "broccoli.jpg"))
  await expect(page.getByText("대표 사진")).toBeVisible({ timeout: 30_000 })
  await fillByLabel(page, { "무게·수량": "2kg", "가격 (원)": "15000", "재고 (개)": "30" })
  await fillByLabel(page.getByRole("group", { name: "상품정보제공고시" }), NOTICE)
  await page.screenshot({ path: path.join(ARTIFACTS, "farmer-product-form.png"), fullPage: true })
  await page.getByRole("button", { name: "심사 요청" }).click()
  await expect(page.getByText("심사를 요청했습니다.", { exact: false })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole("region", { name: "상품 상태" })).toContainText("심사중")
}

test("a farmer joins, lists a photographed product, ships the shopper's order, and the shopper tracks it", async ({ page, browser }) => {
  test.setTimeout(240_000)
  const stamp = Date.now()
  const title = `하례 겨울 브로콜리 ${stamp}`
  const admin = await adminToken()
  await applyAsFarmer(page, `journey-${stamp}@example.com`, "하례 귤빛농원")
  const { farms } = await adminRequest<{ farms: { id: string; email: string }[] }>(admin, "GET", "/admin/farms?status=pending")
  const farm = farms.find((f) => f.email === `journey-${stamp}@example.com`)!
  await adminRequest(admin, "POST", `/admin/farms/${farm.id}/decision`, { decision: "approve" })

  await listBroccoli(page, title)
  const { reviews } = await adminRequest<{ reviews: Review[] }>(admin, "GET", "/admin/listing-reviews")
  const review = reviews.find((r) => r.product_title === title)!
  await adminRequest(admin, "POST", `/admin/listing-reviews/${review.id}/decision`, { decision: "approve" })
  await page.goto(`${storefront()}/farmer/products`)
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("판매중")

  // A shopper (another browser) finds it by search and orders it with another farm's 한라봉.
  const shopperContext = await browser.newContext({ viewport: { width: 360, height: 780 } })
  const shopper = await shopperContext.newPage()
  shopper.on("dialog", (dialog) => {
    throw new Error(`a farmer's text opened a dialog: ${dialog.message()}`)
  })
  await shopper.goto(`${storefront()}/search?q=${encodeURIComponent("하례 브로콜리")}`)
  await shopper.getByRole("link", { name: new RegExp(title) }).first().click()
  await expect(shopper.getByRole("heading", { level: 1 })).toHaveText(title)
  // The farmer's markup is shown as text and never runs.
  await expect(shopper.getByText("<script>window.__farmerScript = 1</script>", { exact: false })).toBeVisible()
  expect(await shopper.evaluate(() => (window as unknown as { __farmerScript?: number }).__farmerScript)).toBeUndefined()
  await pick(shopper, { 중량: "2kg" })
  await addToCart(shopper)
  await shopper.goto(`${storefront()}/products/hallabong-namwon`)
  await pick(shopper, { 중량: "3kg", 구분: "가정용" })
  await addToCart(shopper)
  await shopper.goto(`${storefront()}/checkout`)
  const email = `shopper-${stamp}@example.com`
  await fillByLabel(shopper, { 이름: "홍길동", "휴대폰 번호": "010-1234-5678", 이메일: email, "받는 분 이름": "김영희", "받는 분 연락처": "01098765432", 우편번호: "63592", 도로명주소: "제주특별자치도 서귀포시 중앙로 105", 상세주소: "3층" })
  await shopper.getByRole("button", { name: /주문하기$/ }).click()
  await expect(shopper.getByRole("heading", { name: "주문이 접수되었습니다" })).toBeVisible({ timeout: 30_000 })
  const orderNumber = (await shopper.locator("header strong").first().innerText()).trim()
  const orderUrl = shopper.url()

  // The department confirms the 무통장입금 deposit.
  const { orders } = await adminRequest<{ orders: AdminOrder[] }>(admin, "GET", "/admin/orders?fields=id,display_id,*payment_collections.payments&order=-created_at&limit=20")
  const order = orders.find((o) => String(o.display_id) === orderNumber)!
  for (const payment of order.payment_collections?.flatMap((c) => c.payments ?? []) ?? []) {
    await adminRequest(admin, "POST", `/admin/payments/${payment.id}/capture`, {})
  }

  // The farmer sees only its own item of the order, and ships it.
  await page.goto(`${storefront()}/farmer/orders`)
  const card = page.locator("li[id^='order-']").filter({ hasText: new RegExp(`주문번호 ${orderNumber}(?!\\d)`) })
  await expect(card).toContainText(title)
  await expect(card).not.toContainText("한라봉")
  await expect(card).toContainText("김영희")
  const ship = page.getByRole("form", { name: `주문번호 ${orderNumber} 발송 처리` })
  await ship.getByLabel("택배사").selectOption("cj")
  await ship.getByLabel("송장번호").fill("6123-4567-8901")
  await page.screenshot({ path: path.join(ARTIFACTS, "farmer-orders.png"), fullPage: true })
  await ship.getByRole("button", { name: "발송 처리" }).click()
  await expect(page.getByText(`주문번호 ${orderNumber} 발송 처리를 했습니다`, { exact: false })).toBeVisible({ timeout: 30_000 })

  // The shopper's order page links the courier's tracking page.
  await shopper.goto(orderUrl)
  const tracking = shopper.getByRole("link", { name: /배송 조회/ })
  await expect(tracking).toHaveAttribute("href", /trace\.cjlogistics\.com.*612345678901/)
  await expect(shopper.getByText("송장번호 612345678901", { exact: false })).toBeVisible()
  await shopper.screenshot({ path: path.join(ARTIFACTS, "order-tracking.png"), fullPage: true })
  await shopperContext.close()
})
