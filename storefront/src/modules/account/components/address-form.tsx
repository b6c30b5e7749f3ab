"use client"

import { useActionState } from "react"
import { addAddress, type AddressFormState } from "@/lib/data/address-actions"
import FormField from "@/modules/common/components/form-field"
import styles from "@/modules/common/components/form.module.css"
import account from "../templates/account.module.css"

const initial: AddressFormState = { errors: {}, values: {}, saved: 0 }

/** 새 배송지: the checkout's Korean address fields, checked on the server with the same schema. */
export default function AddressForm({ first }: { first: boolean }) {
  const [state, action, pending] = useActionState(addAddress, initial)
  const { errors, values } = state
  return (
    <form action={action} className={styles.form} noValidate aria-labelledby="new-address-title">
      {errors.form && (
        <p className={styles.error} role="alert">
          {errors.form}
        </p>
      )}
      {state.saved > 0 && !errors.form && <p role="status">배송지를 저장했습니다.</p>}
      <FormField name="recipient_name" label="받는 분 이름" autoComplete="shipping name" defaultValue={values.recipient_name} error={errors.recipient_name} />
      <FormField name="recipient_phone" label="연락처" type="tel" autoComplete="shipping tel" hint="예: 010-1234-5678" defaultValue={values.recipient_phone} error={errors.recipient_phone} />
      <FormField name="postal_code" label="우편번호" autoComplete="shipping postal-code" hint="숫자 5자리" defaultValue={values.postal_code} error={errors.postal_code} />
      <FormField name="address_1" label="도로명주소" autoComplete="shipping address-line1" defaultValue={values.address_1} error={errors.address_1} />
      <FormField name="address_2" label="상세주소" autoComplete="shipping address-line2" hint="동·호수 등" defaultValue={values.address_2} error={errors.address_2} />
      <label className={account.check}>
        <input type="checkbox" name="is_default" defaultChecked={first} />
        기본 배송지로 정하기
      </label>
      <button type="submit" className={styles.submit} disabled={pending}>
        {pending ? "저장 중…" : "배송지 저장"}
      </button>
    </form>
  )
}
