import { z } from "zod"
import { email, newPassword, passwordConfirm, samePasswords } from "./account-schema"

/** 비밀번호 찾기: the e-mail the reset link goes to. */
export const forgotPasswordSchema = z.object({ email })

/** 비밀번호 재설정: the link's token and e-mail ride along in hidden fields. */
export const resetPasswordSchema = z
  .object({
    token: z.string({ error: "재설정 링크가 올바르지 않습니다." }).regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "재설정 링크가 올바르지 않습니다."),
    email: z.string().default(""),
    password: newPassword,
    password_confirm: passwordConfirm,
  })
  .refine(...samePasswords)
