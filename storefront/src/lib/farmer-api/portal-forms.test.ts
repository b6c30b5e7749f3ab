import { describe, expect, it } from "vitest"
import { fieldErrors } from "../forms"
import { inviteSchema, joinSchema, shipSchema } from "./portal-forms"

describe("발송 처리 form", () => {
  it("takes a known courier and the 송장번호 as digits", () => {
    expect(shipSchema.parse({ order_id: "order_1", courier: "cj", tracking_number: " 6789-1234-5678 " })).toEqual({
      order_id: "order_1",
      courier: "cj",
      tracking_number: "678912345678",
    })
  })

  it("says what is wrong beside each input", () => {
    const result = shipSchema.safeParse({ order_id: "order_1", courier: "dhl", tracking_number: "12-34" })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(fieldErrors(result.error)).toEqual({
      courier: "택배사를 골라 주세요.",
      tracking_number: "송장번호는 숫자 9~14자리입니다. 다시 확인해 주세요.",
    })
  })
})

describe("invite and join forms", () => {
  it("invites by name and e-mail", () => {
    expect(inviteSchema.parse({ name: " 김하르방 ", email: "son@example.kr" })).toEqual({ name: "김하르방", email: "son@example.kr" })
    const bad = inviteSchema.safeParse({ name: "", email: "nope" })
    expect(!bad.success && fieldErrors(bad.error)).toEqual({ name: "이름을 입력해 주세요.", email: "이메일 주소 형식이 올바르지 않습니다." })
  })

  it("joins with a 010 phone and matching passwords", () => {
    const ok = joinSchema.parse({ token: "t", name: "김하르방", phone: "01098765432", email: "son@example.kr", password: "password1", password_confirm: "password1" })
    expect(ok.phone).toBe("010-9876-5432")
    const bad = joinSchema.safeParse({ token: "t", name: "김", phone: "064-760-1234", email: "son@example.kr", password: "password1", password_confirm: "password2" })
    expect(!bad.success && fieldErrors(bad.error)).toMatchObject({ name: "이름은 2자 이상으로 입력해 주세요.", phone: expect.stringContaining("010"), password_confirm: "비밀번호가 서로 다릅니다." })
  })
})

describe("photos for the product form", () => {
  it("says why a batch cannot go, before it is sent", async () => {
    const { photoProblem } = await import("./photos")
    const jpeg = { type: "image/jpeg", size: 3_000_000 }
    expect(photoProblem([jpeg, { type: "image/webp", size: 10 }])).toBeNull()
    expect(photoProblem([])).toBe("올릴 사진을 골라 주세요.")
    expect(photoProblem([{ type: "image/heic", size: 10 }])).toContain("JPG, PNG, WebP")
    expect(photoProblem([{ type: "image/png", size: 9 * 1024 * 1024 }])).toContain("8MB")
    expect(photoProblem(Array.from({ length: 9 }, () => jpeg))).toContain("8장")
  })
})
