"use client"

import { useActionState, useRef } from "react"
import { joinFarm, type MemberFormState } from "@/lib/data/farmer-member-actions"
import form from "@/modules/common/components/form.module.css"
import styles from "../templates/farmer.module.css"
import { TextField } from "./fields"
import { useFocusFirstError } from "./use-focus-first-error"

/** 초대받은 분의 가입: a login of their own, then straight into the farm's portal. */
export default function JoinForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<MemberFormState, FormData>(joinFarm, { errors: {}, values: {}, attempt: 0 })
  const { errors, values } = state
  const ref = useRef<HTMLFormElement>(null)
  useFocusFirstError(ref, state)
  return (
    <form key={state.attempt} ref={ref} action={action} className={`${form.form} ${styles.form}`} noValidate aria-labelledby="join-title">
      {(errors.form || errors.token) && (
        <div className={styles.alert} role="alert" tabIndex={-1} data-form-alert>
          <p>{errors.form ?? errors.token}</p>
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      <TextField name="name" label="이름" autoComplete="name" defaultValue={values.name} error={errors.name} />
      <TextField name="phone" label="휴대폰 번호" type="tel" hint="010으로 시작하는 번호. 예: 010-1234-5678" autoComplete="tel" defaultValue={values.phone} error={errors.phone} />
      <TextField name="email" label="이메일" type="email" hint="로그인할 때 씁니다" autoComplete="email" defaultValue={values.email} error={errors.email} />
      <TextField name="password" label="비밀번호" type="password" hint="8자 이상" autoComplete="new-password" error={errors.password} />
      <TextField name="password_confirm" label="비밀번호 확인" type="password" hint="같은 비밀번호를 한 번 더" autoComplete="new-password" error={errors.password_confirm} />
      <button type="submit" className={`${form.submit} ${styles.submit}`} disabled={pending}>
        {pending ? "가입하는 중…" : "가입하고 농장에 들어가기"}
      </button>
      <p className={form.alt}>
        이미 농가 로그인이 있으신가요? <a href="/farmer/login">농가 로그인</a>
      </p>
    </form>
  )
}
