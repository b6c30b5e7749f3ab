import { describe, expect, it } from "vitest"
import { signInSchema, signUpSchema } from "./account-schema"

describe("account forms", () => {
  it("signs up with a Korean mobile number, normalized", () => {
    const result = signUpSchema.safeParse({ name: "홍길동", email: "a@b.kr", phone: "01012345678", password: "귤좋아12345", password_confirm: "귤좋아12345" })
    expect(result.success && result.data.phone).toBe("010-1234-5678")
  })

  it("names what is wrong", () => {
    const result = signUpSchema.safeParse({ name: "", email: "x", phone: "123", password: "short", password_confirm: "other" })
    expect(result.success).toBe(false)
    if (result.success) return
    const paths = result.error.issues.map((i) => i.path[0])
    expect(paths).toEqual(expect.arrayContaining(["name", "email", "phone", "password"]))
  })

  it("refuses different passwords", () => {
    const result = signUpSchema.safeParse({ name: "홍길동", email: "a@b.kr", phone: "010-1234-5678", password: "12345678", password_confirm: "12345679" })
    expect(result.success).toBe(false)
    if (result.success) return
    expect(result.error.issues[0]).toMatchObject({ path: ["password_confirm"], message: "비밀번호가 서로 다릅니다." })
  })

  it("signs in with an e-mail and a password", () => {
    expect(signInSchema.safeParse({ email: "a@b.kr", password: "x" }).success).toBe(true)
    expect(signInSchema.safeParse({ email: "a@b.kr", password: "" }).success).toBe(false)
  })
})
