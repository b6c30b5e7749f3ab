"use client"

import { useActionState } from "react"
import { resetPassword, type ResetPasswordState } from "@/lib/data/password-actions"
import FormField from "@/modules/common/components/form-field"
import styles from "@/modules/common/components/form.module.css"

const initial: ResetPasswordState = { errors: {} }

type Props = { token: string; email: string; actor?: "customer" | "farmer" }

const FORGOT = { customer: "/account/forgot-password", farmer: "/farmer/forgot-password" } as const

export default function ResetPasswordForm({ token, email, actor = "customer" }: Props) {
  const [state, action, pending] = useActionState(resetPassword, initial)
  const problem = state.errors.token ?? state.errors.form
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="actor" value={actor} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="email" value={email} />
      {email && <p className={styles.hint}>{email} 계정의 새 비밀번호를 정해 주세요.</p>}
      {problem && (
        <p className={styles.error} role="alert">
          {problem} {state.errors.token && <a href={FORGOT[actor]}>비밀번호 찾기</a>}
        </p>
      )}
      <FormField name="password" label="새 비밀번호" type="password" autoComplete="new-password" hint="8자 이상" error={state.errors.password} />
      <FormField name="password_confirm" label="새 비밀번호 확인" type="password" autoComplete="new-password" error={state.errors.password_confirm} />
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "바꾸는 중…" : "비밀번호 바꾸기"}
      </button>
    </form>
  )
}
