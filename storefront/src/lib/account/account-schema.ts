import { z } from "zod"
import { formatPhone, isMobilePhone } from "../phone"

export const email = z.string({ error: "이메일을 입력해 주세요." }).trim().min(1, "이메일을 입력해 주세요.").pipe(z.email("이메일 주소 형식이 올바르지 않습니다."))

/** A new password: what Medusa's emailpass provider accepts, within bcrypt's 72 bytes. */
export const newPassword = z.string({ error: "비밀번호를 입력해 주세요." }).min(8, "비밀번호는 8자 이상이어야 합니다.").max(72, "비밀번호는 72자 이하로 입력해 주세요.")
export const passwordConfirm = z.string({ error: "비밀번호를 한 번 더 입력해 주세요." })
const samePassword = (v: { password: string; password_confirm: string }) => v.password === v.password_confirm
export const samePasswords: [typeof samePassword, { path: string[]; message: string }] = [
  samePassword,
  { path: ["password_confirm"], message: "비밀번호가 서로 다릅니다." },
]

export const signInSchema = z.object({
  email,
  password: z.string({ error: "비밀번호를 입력해 주세요." }).min(1, "비밀번호를 입력해 주세요."),
})

export const signUpSchema = z
  .object({
    name: z.string({ error: "이름을 입력해 주세요." }).trim().min(1, "이름을 입력해 주세요.").max(30, "이름은 30자 이하로 입력해 주세요."),
    email,
    phone: z
      .string({ error: "휴대폰 번호를 입력해 주세요." })
      .trim()
      .refine(isMobilePhone, "휴대폰 번호를 010-1234-5678 형식으로 입력해 주세요.")
      .transform(formatPhone),
    password: newPassword,
    password_confirm: passwordConfirm,
  })
  .refine(...samePasswords)

export type SignUpInput = z.infer<typeof signUpSchema>
