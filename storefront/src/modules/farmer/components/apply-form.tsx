"use client"

import { useActionState, useRef } from "react"
import { applyAsFarmer, type FarmerFormState } from "@/lib/data/farmer-actions"
import { CERT_ROWS, CERT_TYPES, TOWNS, certNumberName, certTypeName } from "@/lib/farmer-application"
import form from "@/modules/common/components/form.module.css"
import styles from "../templates/farmer.module.css"
import { SelectField, TextAreaField, TextField } from "./fields"
import { useFocusFirstError } from "./use-focus-first-error"

const initial: FarmerFormState = { errors: {}, values: {}, attempt: 0 }
const ROWS = Array.from({ length: CERT_ROWS }, (_, i) => i)

/**
 * 농가 입점 신청: one long form in plain steps, checked on the server with the backend's rules.
 * After each answer the form is drawn again (key = attempt) with what was typed, except passwords.
 */
export default function ApplyForm() {
  const [state, action, pending] = useActionState(applyAsFarmer, initial)
  const { errors, values } = state
  const ref = useRef<HTMLFormElement>(null)
  useFocusFirstError(ref, state)
  const count = Object.keys(errors).filter((k) => k !== "form").length

  return (
    <form key={state.attempt} ref={ref} action={action} className={`${form.form} ${styles.form}`} noValidate aria-labelledby="apply-title">
      {(errors.form || count > 0) && (
        <div className={styles.alert} role="alert" tabIndex={-1} data-form-alert>
          {errors.form && <p>{errors.form}</p>}
          {count > 0 && <p>고칠 곳이 {count}군데 있습니다. 빨간 글씨를 확인해 주세요.</p>}
        </div>
      )}

      <fieldset className={styles.group}>
        <legend>농장</legend>
        <TextField name="farm_name" label="농장 이름" hint="손님에게 보이는 이름입니다. 2~40자" defaultValue={values.farm_name} error={errors.farm_name} />
        <TextField name="representative" label="대표자 이름" autoComplete="name" defaultValue={values.representative} error={errors.representative} />
        <SelectField name="town" label="읍·면·동" placeholder="골라 주세요" options={TOWNS} defaultValue={values.town} error={errors.town} />
        <TextField name="address_1" label="도로명주소" hint="예: 서귀포시 남원읍 태위로 123" autoComplete="address-line1" defaultValue={values.address_1} error={errors.address_1} />
        <TextField name="address_2" label="상세주소 (선택)" hint="건물 이름, 동·호수 등. 없으면 비워 두세요" autoComplete="address-line2" required={false} defaultValue={values.address_2} error={errors.address_2} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>연락처</legend>
        <TextField name="phone" label="휴대폰 번호" type="tel" hint="010으로 시작하는 번호. 예: 010-1234-5678" autoComplete="tel" defaultValue={values.phone} error={errors.phone} />
        <TextField name="email" label="이메일" type="email" hint="로그인할 때 씁니다" autoComplete="email" defaultValue={values.email} error={errors.email} />
        {errors.email?.startsWith("이미 가입된") && (
          <p className={styles.inlineLink}>
            <a href="/farmer/login">농가 로그인으로 가기</a>
          </p>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>등록번호</legend>
        <TextField name="farmer_registration_number" label="농업경영체 등록번호" hint="숫자 10자리. - 는 넣어도 되고 빼도 됩니다" inputMode="numeric" defaultValue={values.farmer_registration_number} error={errors.farmer_registration_number} />
        <TextField name="business_number" label="사업자등록번호 (선택)" hint="예: 123-45-67890. 없으면 비워 두세요" inputMode="numeric" required={false} defaultValue={values.business_number} error={errors.business_number} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>인증 (있는 것만, 3개까지)</legend>
        <p className={form.hint}>GAP, 친환경, HACCP 인증이 있으면 종류를 고르고 번호를 적어 주세요. 없으면 비워 두세요.</p>
        {ROWS.map((row) => (
          <div key={row} className={styles.certRow}>
            <SelectField name={certTypeName(row)} label={`인증 ${row + 1} 종류`} placeholder="인증 없음" options={CERT_TYPES} required={false} defaultValue={values[certTypeName(row)]} error={errors[certTypeName(row)]} />
            <TextField name={certNumberName(row)} label={`인증 ${row + 1} 번호`} required={false} defaultValue={values[certNumberName(row)]} error={errors[certNumberName(row)]} />
          </div>
        ))}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>정산 받을 계좌</legend>
        <TextField name="bank_name" label="은행 이름" hint="예: 농협, 제주은행" defaultValue={values.bank_name} error={errors.bank_name} />
        <TextField name="account_number" label="계좌번호" hint="숫자와 - 만 적어 주세요" inputMode="numeric" defaultValue={values.account_number} error={errors.account_number} />
        <TextField name="account_holder" label="예금주" hint="통장에 적힌 이름" defaultValue={values.account_holder} error={errors.account_holder} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>농장 이야기 (선택)</legend>
        <TextAreaField name="story" label="농장 소개" hint="손님께 들려줄 농장 이야기. 1000자 이하" required={false} defaultValue={values.story} error={errors.story} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend>로그인 비밀번호</legend>
        <TextField name="password" label="비밀번호" type="password" hint="8자 이상" autoComplete="new-password" error={errors.password} />
        <TextField name="password_confirm" label="비밀번호 확인" type="password" hint="같은 비밀번호를 한 번 더" autoComplete="new-password" error={errors.password_confirm} />
      </fieldset>

      <button type="submit" className={`${form.submit} ${styles.submit}`} disabled={pending}>
        {pending ? "보내는 중…" : "입점 신청서 보내기"}
      </button>
      <p className={form.alt}>
        이미 신청하셨나요? <a href="/farmer/login">농가 로그인</a>
      </p>
    </form>
  )
}
