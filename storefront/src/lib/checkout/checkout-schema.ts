import { z } from "zod"
export { fieldErrors, type FieldErrors } from "../forms"
import { formatPhone, isKoreanPhone, isMobilePhone } from "../phone"

/**
 * The checkout form, checked on the server (and mirrored in the browser for early hints).
 * Messages are Korean and name the field; keys match the form's input names.
 */
const trimmed = (max: number, empty: string, tooLong: string) => z.string({ error: empty }).trim().min(1, empty).max(max, tooLong)

const name = (who: string) => trimmed(30, `${who} 이름을 입력해 주세요.`, `${who} 이름은 30자 이하로 입력해 주세요.`)
const mobile = (who: string) =>
  z
    .string({ error: `${who} 휴대폰 번호를 입력해 주세요.` })
    .trim()
    .min(1, `${who} 휴대폰 번호를 입력해 주세요.`)
    .refine(isMobilePhone, `${who} 휴대폰 번호를 010-1234-5678 형식으로 입력해 주세요.`)
    .transform(formatPhone)

export const addressSchema = z.object({
  recipient_name: name("받는 분"),
  recipient_phone: z
    .string({ error: "받는 분 연락처를 입력해 주세요." })
    .trim()
    .min(1, "받는 분 연락처를 입력해 주세요.")
    .refine(isKoreanPhone, "받는 분 연락처를 010-1234-5678 형식으로 입력해 주세요.")
    .transform(formatPhone),
  postal_code: z.string({ error: "우편번호를 입력해 주세요." }).trim().regex(/^\d{5}$/, "우편번호는 숫자 5자리입니다."),
  address_1: trimmed(100, "도로명주소를 입력해 주세요.", "도로명주소는 100자 이하로 입력해 주세요."),
  address_2: trimmed(100, "상세주소(동·호수 등)를 입력해 주세요.", "상세주소는 100자 이하로 입력해 주세요."),
})

export const contactSchema = z.object({
  buyer_name: name("주문하시는 분"),
  buyer_phone: mobile("주문하시는 분"),
  email: z.string({ error: "이메일을 입력해 주세요." }).trim().min(1, "이메일을 입력해 주세요.").pipe(z.email("이메일 주소 형식이 올바르지 않습니다.")),
})

export const giftSchema = z.discriminatedUnion("is_gift", [
  z.object({ is_gift: z.literal(false) }),
  z.object({
    is_gift: z.literal(true),
    gift_message: z.string().trim().max(200, "선물 메시지는 200자 이하로 입력해 주세요.").default(""),
  }),
])

export const checkoutSchema = contactSchema.extend(addressSchema.shape).extend({
  delivery_memo: z.string().trim().max(100, "배송 메모는 100자 이하로 입력해 주세요.").default(""),
}).and(giftSchema)

export type CheckoutInput = z.infer<typeof checkoutSchema>

/** Form fields (name → value) to the schema's input: checkboxes arrive as "on" or not at all. */
export function readCheckoutForm(form: FormData): Record<string, unknown> {
  const text = (key: string) => {
    const value = form.get(key)
    return typeof value === "string" ? value : undefined
  }
  return {
    buyer_name: text("buyer_name"),
    buyer_phone: text("buyer_phone"),
    email: text("email"),
    recipient_name: text("recipient_name"),
    recipient_phone: text("recipient_phone"),
    postal_code: text("postal_code"),
    address_1: text("address_1"),
    address_2: text("address_2"),
    delivery_memo: text("delivery_memo") ?? "",
    is_gift: form.get("is_gift") === "on",
    gift_message: text("gift_message") ?? "",
  }
}
