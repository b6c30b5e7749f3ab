"use client"

import { useActionState, useRef } from "react"
import { inviteMember, type MemberFormState } from "@/lib/data/farmer-member-actions"
import form from "@/modules/common/components/form.module.css"
import styles from "../templates/farmer.module.css"
import portal from "../templates/portal.module.css"
import { TextField } from "./fields"
import { useFocusFirstError } from "./use-focus-first-error"

const initial: MemberFormState = { errors: {}, values: {}, attempt: 0 }

/** 구성원 초대: the invitee gets an e-mail with a link to make their own login. */
export default function InviteForm() {
  const [state, action, pending] = useActionState(inviteMember, initial)
  const { errors, values } = state
  const ref = useRef<HTMLFormElement>(null)
  useFocusFirstError(ref, state)
  return (
    <form key={state.attempt} ref={ref} action={action} className={`${form.form} ${styles.form}`} noValidate aria-labelledby="invite-title">
      {errors.form && (
        <div className={styles.alert} role="alert" tabIndex={-1} data-form-alert>
          <p>{errors.form}</p>
        </div>
      )}
      <TextField name="name" label="이름" autoComplete="off" defaultValue={values.name} error={errors.name} />
      <TextField name="email" label="이메일" type="email" hint="초대 메일을 받을 주소" autoComplete="off" defaultValue={values.email} error={errors.email} />
      <button type="submit" className={portal.button} disabled={pending}>
        {pending ? "보내는 중…" : "초대 메일 보내기"}
      </button>
    </form>
  )
}
