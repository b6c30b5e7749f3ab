"use client"

import { useActionState } from "react"
import { lookupOrder, type LookupState } from "@/lib/data/order-actions"
import FormField from "@/modules/common/components/form-field"
import styles from "@/modules/common/components/form.module.css"

const initial: LookupState = { errors: {}, values: {} }

export default function OrderLookupForm() {
  const [state, action, pending] = useActionState(lookupOrder, initial)
  return (
    <form action={action} className={styles.form} noValidate>
      {state.errors.form && (
        <p className={styles.error} role="alert">
          {state.errors.form}
        </p>
      )}
      <FormField name="order_number" label="주문번호" hint="주문 완료 화면과 안내 메일에 있는 숫자" defaultValue={state.values.order_number} error={state.errors.order_number} />
      <FormField name="email" label="주문할 때 쓴 이메일" type="email" autoComplete="email" defaultValue={state.values.email} error={state.errors.email} />
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "조회 중…" : "주문 조회"}
      </button>
    </form>
  )
}
