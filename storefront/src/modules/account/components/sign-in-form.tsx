"use client"

import { useActionState } from "react"
import { signIn, type AccountFormState } from "@/lib/data/account-actions"
import FormField from "@/modules/common/components/form-field"
import styles from "@/modules/common/components/form.module.css"

type Props = { email?: string; notice?: string }

export default function SignInForm({ email = "", notice }: Props) {
  const initial: AccountFormState = { errors: {}, values: { email } }
  const [state, action, pending] = useActionState(signIn, initial)
  return (
    <form action={action} className={styles.form} noValidate>
      {notice && !state.errors.form && <p role="status">{notice}</p>}
      {state.errors.form && (
        <p className={styles.error} role="alert">
          {state.errors.form}
        </p>
      )}
      <FormField name="email" label="이메일" type="email" autoComplete="email" defaultValue={state.values.email} error={state.errors.email} />
      <FormField name="password" label="비밀번호" type="password" autoComplete="current-password" error={state.errors.password} />
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "로그인 중…" : "로그인"}
      </button>
      <p className={styles.alt}>
        <a href="/account/forgot-password">비밀번호를 잊으셨나요?</a>
      </p>
      <p className={styles.alt}>
        처음이신가요? <a href="/account/register">회원가입</a>
      </p>
    </form>
  )
}
