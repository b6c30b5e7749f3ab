"use client"

import { useActionState, useState } from "react"
import { placeOrder, type CheckoutState } from "@/lib/data/checkout-actions"
import type { BankTransfer } from "@/lib/data/shop"
import FormField from "@/modules/common/components/form-field"
import form from "@/modules/common/components/form.module.css"
import styles from "./checkout.module.css"

export type CheckoutDefaults = Partial<Record<"buyer_name" | "buyer_phone" | "email" | "recipient_name" | "recipient_phone" | "postal_code" | "address_1" | "address_2", string>>

type Props = { defaults: CheckoutDefaults; bank: BankTransfer | null; totalLabel: string }

const text = (values: CheckoutState["values"], key: string, fallback?: string) => {
  const value = values[key]
  return typeof value === "string" ? value : fallback
}

/** One page: contact, Korean address, memo, gift, 무통장입금. Checked again on the server. */
export default function CheckoutForm({ defaults, bank, totalLabel }: Props) {
  const [state, action, pending] = useActionState(placeOrder, { errors: {}, values: {} })
  const [gift, setGift] = useState(state.values.is_gift === true)
  const value = (key: keyof CheckoutDefaults) => text(state.values, key, defaults[key])
  const field = (name: keyof CheckoutDefaults, label: string, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField name={name} label={label} defaultValue={value(name)} error={state.errors[name]} {...extra} />
  )
  return (
    <form action={action} className={form.form} noValidate>
      {state.errors.form && (
        <p className={form.error} role="alert">
          {state.errors.form}
        </p>
      )}
      <fieldset className={styles.fieldset}>
        <legend>주문하시는 분</legend>
        {field("buyer_name", "이름", { autoComplete: "name" })}
        {field("buyer_phone", "휴대폰 번호", { type: "tel", autoComplete: "tel", hint: "예: 010-1234-5678" })}
        {field("email", "이메일", { type: "email", autoComplete: "email", hint: "주문 확인과 조회에 씁니다" })}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>받는 분 · 배송지</legend>
        {field("recipient_name", "받는 분 이름", { autoComplete: "shipping name" })}
        {field("recipient_phone", "받는 분 연락처", { type: "tel", autoComplete: "shipping tel", hint: "택배 기사님이 연락할 번호" })}
        {field("postal_code", "우편번호", { autoComplete: "shipping postal-code", hint: "숫자 5자리" })}
        {field("address_1", "도로명주소", { autoComplete: "shipping address-line1" })}
        {field("address_2", "상세주소", { autoComplete: "shipping address-line2", hint: "동·호수 등" })}
        <div className={form.field}>
          <label htmlFor="field-delivery_memo">배송 메모 (선택)</label>
          <input id="field-delivery_memo" name="delivery_memo" maxLength={100} defaultValue={text(state.values, "delivery_memo", "")} />
        </div>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>선물하기</legend>
        <label className={styles.check}>
          <input type="checkbox" name="is_gift" checked={gift} onChange={(e) => setGift(e.target.checked)} />
          선물로 보내기 (명세서에 가격을 적지 않습니다)
        </label>
        {gift && (
          <div className={form.field}>
            <label htmlFor="field-gift_message">선물 메시지 (선택, 200자까지)</label>
            <textarea id="field-gift_message" name="gift_message" maxLength={200} className={styles.textarea} defaultValue={text(state.values, "gift_message", "")} />
            {state.errors.gift_message && <p className={form.error}>{state.errors.gift_message}</p>}
          </div>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>결제 방법</legend>
        <label className={styles.check}>
          <input type="radio" name="payment" value="bank-transfer" defaultChecked />
          무통장입금
        </label>
        {bank && (
          <p className={styles.note}>
            {bank.bank} {bank.accountNumber} (예금주 {bank.holder}) — 주문 후 {bank.depositDays}일 안에 입금해 주세요.
          </p>
        )}
      </fieldset>
      <button type="submit" className={form.submit} disabled={pending}>
        {pending ? "주문하는 중…" : `${totalLabel} 주문하기`}
      </button>
    </form>
  )
}
