import { expect, test, type Page } from "@playwright/test"
import { resetLinkFor, storefront } from "./shop"

const PASSWORD = "gyul-2026!"

async function signUp(page: Page, name: string): Promise<string> {
  const email = `extra-${Date.now()}-${Math.round(Math.random() * 1e6)}@example.com`
  await page.goto(`${storefront()}/account/register`)
  await page.getByLabel("이름").fill(name)
  await page.getByLabel("이메일").fill(email)
  await page.getByLabel("휴대폰 번호").fill("01012345678")
  await page.getByLabel("비밀번호", { exact: true }).fill(PASSWORD)
  await page.getByLabel("비밀번호 확인").fill(PASSWORD)
  await page.getByRole("button", { name: "회원가입" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name}님의 계정`)
  return email
}

async function addAddress(page: Page, name: string, detail: string) {
  const form = page.getByRole("form", { name: "새 배송지 추가" })
  await form.getByLabel("받는 분 이름").fill(name)
  await form.getByLabel("연락처").fill("010-9876-5432")
  await form.getByLabel("우편번호").fill("63592")
  await form.getByLabel("도로명주소").fill("제주특별자치도 서귀포시 중앙로 105")
  await form.getByLabel("상세주소").fill(detail)
  await form.getByRole("button", { name: "배송지 저장" }).click()
  await expect(page.getByRole("article", { name: `${name} 배송지` })).toBeVisible()
}

test("a shopper saves addresses, makes one the default and deletes another", async ({ page }) => {
  await signUp(page, "김귤순")
  await page.getByRole("link", { name: "배송지 관리" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("배송지 관리")
  await expect(page.getByText("저장된 배송지가 없습니다")).toBeVisible()

  // Korean field errors, nothing saved.
  const form = page.getByRole("form", { name: "새 배송지 추가" })
  await form.getByLabel("우편번호").fill("123")
  await form.getByRole("button", { name: "배송지 저장" }).click()
  await expect(form.getByText("우편번호는 숫자 5자리입니다.")).toBeVisible()
  await expect(form.getByText("받는 분 이름을 입력해 주세요.")).toBeVisible()

  await addAddress(page, "김귤순", "101동 202호")
  const first = page.getByRole("article", { name: "김귤순 배송지" })
  await expect(first.getByText("기본 배송지")).toBeVisible() // the first one is the default
  await expect(first.getByText("(63592) 제주특별자치도 서귀포시 중앙로 105 101동 202호")).toBeVisible()

  await addAddress(page, "박한라", "3층")
  const second = page.getByRole("article", { name: "박한라 배송지" })
  await second.getByRole("button", { name: "기본 배송지로" }).click()
  await expect(second.getByText("기본 배송지", { exact: true })).toBeVisible()
  await expect(first.getByText("기본 배송지", { exact: true })).toHaveCount(0)

  await first.getByRole("button", { name: "김귤순 배송지 삭제" }).click()
  await expect(page.getByRole("article", { name: "김귤순 배송지" })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole("article")).toHaveCount(1)
  await expect(page.getByRole("article", { name: "박한라 배송지" })).toBeVisible()
})

test("a shopper who forgot the password resets it with the e-mailed link", async ({ page }) => {
  const email = await signUp(page, "오한결")
  await page.getByRole("button", { name: "로그아웃" }).click()
  await page.goto(`${storefront()}/account/login`)
  await page.getByRole("link", { name: "비밀번호를 잊으셨나요?" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("비밀번호 찾기")
  await page.getByLabel("이메일").fill(email)
  await page.getByRole("button", { name: "재설정 링크 받기" }).click()
  await expect(page.getByRole("main").getByRole("status")).toContainText("메일을 보냈습니다")

  await page.goto(await resetLinkFor(email))
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("비밀번호 재설정")
  await page.getByLabel("새 비밀번호", { exact: true }).fill("hallasan-1950")
  await page.getByLabel("새 비밀번호 확인").fill("hallasan-1951")
  await page.getByRole("button", { name: "비밀번호 바꾸기" }).click()
  await expect(page.getByText("비밀번호가 서로 다릅니다.")).toBeVisible()
  await page.getByLabel("새 비밀번호", { exact: true }).fill("hallasan-1950")
  await page.getByLabel("새 비밀번호 확인").fill("hallasan-1950")
  await page.getByRole("button", { name: "비밀번호 바꾸기" }).click()

  await expect(page).toHaveURL(/\/account\/login\?reset=done/)
  await expect(page.getByText("비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요.")).toBeVisible()
  await expect(page.getByLabel("이메일")).toHaveValue(email)
  await page.getByLabel("비밀번호").fill(PASSWORD)
  await page.getByRole("button", { name: "로그인" }).click()
  await expect(page.getByText("이메일 또는 비밀번호가 맞지 않습니다.")).toBeVisible()
  await page.getByLabel("비밀번호").fill("hallasan-1950")
  await page.getByRole("button", { name: "로그인" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("오한결님의 계정")
})
