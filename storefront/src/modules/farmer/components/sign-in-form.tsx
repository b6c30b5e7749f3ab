"use client"

import { useActionState, useRef } from "react"
import { signInFarmer, type FarmerFormState } from "@/lib/data/farmer-actions"
import form from "@/modules/common/components/form.module.css"
import styles from "../templates/farmer.module.css"
import { TextField } from "./fields"
import { useFocusFirstError } from "./use-focus-first-error"

type Props = { notice?: string }

const initial: FarmerFormState = { errors: {}, values: {}, attempt: 0 }

/** 농가 로그인: the farmer's own sign-in, apart from the shopper's. */
export default function FarmerSignInForm({ notice }: Props) {
  const [state, action, pending] = useActionState(signInFarmer, initial)
  const { errors, values } = state
  const ref = useRef<HTMLFormElement>(null)
  useFocusFirstError(ref, state)
  return (
    <form key={state.attempt} ref={ref} action={action} className={`${form.form} ${styles.form}`} noValidate aria-labelledby="login-title">
      {notice && !errors.form && (
        <p className={styles.notice} role="status">
          {notice}
        </p>
      )}
      {errors.form && (
        <div className={styles.alert} role="alert" tabIndex={-1} data-form-alert>
          <p>{errors.form}</p>
        </div>
      )}
      <TextField name="email" label="이메일" type="email" autoComplete="email" defaultValue={values.email} error={errors.email} />
      <TextField name="password" label="비밀번호" type="password" autoComplete="current-password" error={errors.password} />
      <button type="submit" className={`${form.submit} ${styles.submit}`} disabled={pending}>
        {pending ? "로그인 중…" : "로그인"}
      </button>
      <p className={form.alt}>
        <a href="/farmer/forgot-password">비밀번호를 잊으셨나요?</a>
      </p>
      <p className={form.alt}>
        처음이신가요? <a href="/farmer/apply">농가 입점 신청</a>
      </p>
    </form>
  )
}
