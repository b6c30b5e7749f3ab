import { describe, expect, it } from "vitest"
import { forgotPasswordSchema, resetPasswordSchema } from "./password-schema"

const token = "eyJhbGciOiJIUzI1NiJ9.eyJlbnRpdHlfaWQiOiJhQGIua3IifQ.c2lnbmF0dXJl"

describe("password reset forms", () => {
  it("asks for a well-formed e-mail, in Korean", () => {
    expect(forgotPasswordSchema.safeParse({ email: " a@b.kr " }).data?.email).toBe("a@b.kr")
    const result = forgotPasswordSchema.safeParse({ email: "nope" })
    expect(result.error?.issues[0].message).toBe("이메일 주소 형식이 올바르지 않습니다.")
  })

  it("takes a new password twice with the link's token", () => {
    expect(resetPasswordSchema.safeParse({ token, email: "a@b.kr", password: "gyul-2026!", password_confirm: "gyul-2026!" }).success).toBe(true)
  })

  it("names a short password, a mismatch and a broken link", () => {
    const short = resetPasswordSchema.safeParse({ token, password: "short", password_confirm: "short" })
    expect(short.error?.issues[0]).toMatchObject({ path: ["password"], message: "비밀번호는 8자 이상이어야 합니다." })
    const mismatch = resetPasswordSchema.safeParse({ token, password: "gyul-2026!", password_confirm: "gyul-2027!" })
    expect(mismatch.error?.issues[0]).toMatchObject({ path: ["password_confirm"], message: "비밀번호가 서로 다릅니다." })
    const broken = resetPasswordSchema.safeParse({ token: "<script>", password: "gyul-2026!", password_confirm: "gyul-2026!" })
    expect(broken.error?.issues[0]).toMatchObject({ path: ["token"], message: "재설정 링크가 올바르지 않습니다." })
  })
})
