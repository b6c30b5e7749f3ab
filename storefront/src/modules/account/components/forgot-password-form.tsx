"use client"

import { useActionState } from "react"
import { requestPasswordReset, type ForgotPasswordState } from "@/lib/data/password-actions"
import FormField from "@/modules/common/components/form-field"
import styles from "@/modules/common/components/form.module.css"

const initial: ForgotPasswordState = { errors: {}, values: {}, sent: false }

type Props = { actor?: "customer" | "farmer" }

const LOGIN = { customer: "/account/login", farmer: "/farmer/login" } as const

/** 비밀번호 찾기 for a shopper (default) or a farmer: the same form, each its own login page. */
export default function ForgotPasswordForm({ actor = "customer" }: Props) {
  const [state, action, pending] = useActionState(requestPasswordReset, initial)
  if (state.sent) {
    return (
      <div className={styles.form}>
        <p role="status">
          메일을 보냈습니다. {state.values.email} 주소로 가입하셨다면 비밀번호 재설정 링크가 도착합니다. 링크는 15분 동안 한 번만 쓸 수 있습니다.
        </p>
        <p className={styles.alt}>
          <a href={LOGIN[actor]}>로그인으로 돌아가기</a>
        </p>
      </div>
    )
  }
  return (
    <form action={action} className={styles.form} noValidate>
      <input type="hidden" name="actor" value={actor} />
      <p className={styles.hint}>가입하신 이메일 주소를 입력하시면 비밀번호를 다시 정할 수 있는 링크를 보내 드립니다.</p>
      {state.errors.form && (
        <p className={styles.error} role="alert">
          {state.errors.form}
        </p>
      )}
      <FormField name="email" label="이메일" type="email" autoComplete="email" defaultValue={state.values.email} error={state.errors.email} />
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "보내는 중…" : "재설정 링크 받기"}
      </button>
      <p className={styles.alt}>
        <a href={LOGIN[actor]}>로그인으로 돌아가기</a>
      </p>
    </form>
  )
}
