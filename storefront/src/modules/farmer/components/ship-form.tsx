"use client"

import { useActionState, useRef } from "react"
import { shipOrder, type ShipFormState } from "@/lib/data/farmer-order-actions"
import { COURIERS } from "@/lib/couriers"
import form from "@/modules/common/components/form.module.css"
import styles from "../templates/farmer.module.css"
import portal from "../templates/portal.module.css"
import { SelectField, TextField } from "./fields"
import { useFocusFirstError } from "./use-focus-first-error"

type Props = { orderId: string; displayId: string; tab: string }

const initial: ShipFormState = { errors: {}, values: {}, attempt: 0 }
const OPTIONS = COURIERS.map((c) => ({ value: c.code, label: c.name }))

/** 발송 처리: the courier and the 송장번호 of one order's parcel (all of the farm's unshipped goods). */
export default function ShipForm({ orderId, displayId, tab }: Props) {
  const [state, action, pending] = useActionState(shipOrder, initial)
  const { errors, values } = state
  const ref = useRef<HTMLFormElement>(null)
  useFocusFirstError(ref, state)
  const id = (name: string) => `ship-${orderId}-${name}`
  return (
    <form key={state.attempt} ref={ref} action={action} className={`${form.form} ${styles.form}`} noValidate aria-label={`주문번호 ${displayId} 발송 처리`}>
      {errors.form && (
        <div className={styles.alert} role="alert" tabIndex={-1} data-form-alert>
          <p>{errors.form}</p>
        </div>
      )}
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="display_id" value={displayId} />
      <input type="hidden" name="tab" value={tab} />
      <SelectField id={id("courier")} name="courier" label="택배사" placeholder="골라 주세요" options={OPTIONS} defaultValue={values.courier} error={errors.courier} />
      <TextField id={id("tracking")} name="tracking_number" label="송장번호" hint="숫자만 적어도 됩니다" inputMode="numeric" maxLength={20} defaultValue={values.tracking_number} error={errors.tracking_number} />
      <button type="submit" className={portal.button} disabled={pending}>
        {pending ? "처리하는 중…" : "발송 처리"}
      </button>
    </form>
  )
}
