import { z } from "zod"
import { email, newPassword, passwordConfirm, samePasswords } from "../account/account-schema"
import { COURIERS, trackingDigits } from "../couriers"
import { formatPhone, phoneDigits } from "../phone"

/** The portal's small forms (발송, 초대, 합류): Korean messages keyed by input name. Pure. */

const courierCodes = COURIERS.map((c) => c.code) as [string, ...string[]]

export const shipSchema = z.object({
  order_id: z.string().min(1, "주문을 다시 골라 주세요."),
  courier: z.enum(courierCodes, { error: "택배사를 골라 주세요." }),
  tracking_number: z
    .string({ error: "송장번호를 입력해 주세요." })
    .trim()
    .min(1, "송장번호를 입력해 주세요.")
    .transform((v, ctx) => {
      const digits = trackingDigits(v)
      if (digits) return digits
      ctx.addIssue({ code: "custom", message: "송장번호는 숫자 9~14자리입니다. 다시 확인해 주세요." })
      return z.NEVER
    }),
})

const name = z
  .string({ error: "이름을 입력해 주세요." })
  .trim()
  .min(1, "이름을 입력해 주세요.")
  .min(2, "이름은 2자 이상으로 입력해 주세요.")
  .max(20, "이름은 20자 이하로 입력해 주세요.")

export const inviteSchema = z.object({ name, email })

export const joinSchema = z
  .object({
    token: z.string().min(1, "초대 링크가 올바르지 않습니다. 받은 이메일의 링크를 다시 눌러 주세요."),
    name,
    phone: z
      .string({ error: "휴대폰 번호를 입력해 주세요." })
      .trim()
      .refine((v) => /^010\d{8}$/.test(phoneDigits(v)), "010으로 시작하는 휴대폰 번호를 010-1234-5678처럼 입력해 주세요.")
      .transform(formatPhone),
    email,
    password: newPassword,
    password_confirm: passwordConfirm,
  })
  .refine(...samePasswords)
