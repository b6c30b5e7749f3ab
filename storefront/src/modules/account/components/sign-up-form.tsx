"use client"

import { useActionState } from "react"
import { signUp, type AccountFormState } from "@/lib/data/account-actions"
import FormField from "@/modules/common/components/form-field"
import styles from "@/modules/common/components/form.module.css"

const initial: AccountFormState = { errors: {}, values: {} }

export default function SignUpForm() {
  const [state, action, pending] = useActionState(signUp, initial)
  return (
    <form action={action} className={styles.form} noValidate>
      {state.errors.form && (
        <p className={styles.error} role="alert">
          {state.errors.form}
        </p>
      )}
      <FormField name="name" label="이름" autoComplete="name" defaultValue={state.values.name} error={state.errors.name} />
      <FormField name="email" label="이메일" type="email" autoComplete="email" defaultValue={state.values.email} error={state.errors.email} />
      <FormField name="phone" label="휴대폰 번호" type="tel" autoComplete="tel" hint="예: 010-1234-5678" defaultValue={state.values.phone} error={state.errors.phone} />
      <FormField name="password" label="비밀번호" type="password" autoComplete="new-password" hint="8자 이상" error={state.errors.password} />
      <FormField name="password_confirm" label="비밀번호 확인" type="password" autoComplete="new-password" error={state.errors.password_confirm} />
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "가입 중…" : "회원가입"}
      </button>
      <p className={styles.alt}>
        이미 회원이신가요? <a href="/account/login">로그인</a>
      </p>
    </form>
  )
}
