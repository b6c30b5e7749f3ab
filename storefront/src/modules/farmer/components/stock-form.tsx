"use client"

import { useActionState, useRef } from "react"
import { updateStock, type StockFormState } from "@/lib/data/farmer-product-actions"
import form from "@/modules/common/components/form.module.css"
import styles from "../templates/farmer.module.css"
import portal from "../templates/portal.module.css"
import { TextField } from "./fields"
import { useFocusFirstError } from "./use-focus-first-error"

type Variant = { id: string; title: string; stock: number }
type Props = { productId: string; variants: Variant[] }

const initial: StockFormState = { errors: {}, values: {}, attempt: 0 }

/** 재고만 고치기: applies at once, without review, even while the listing is on sale. */
export default function StockForm({ productId, variants }: Props) {
  const [state, action, pending] = useActionState(updateStock, initial)
  const ref = useRef<HTMLFormElement>(null)
  useFocusFirstError(ref, state)
  return (
    <form key={state.attempt} ref={ref} action={action} className={`${form.form} ${styles.form}`} noValidate aria-labelledby="stock-title">
      {state.errors.form && (
        <div className={styles.alert} role="alert" tabIndex={-1} data-form-alert>
          <p>{state.errors.form}</p>
        </div>
      )}
      <input type="hidden" name="product_id" value={productId} />
      {variants.map((v) => {
        const name = `stock_${v.id}`
        return (
          <TextField key={v.id} name={name} label={`${v.title} 재고 (개)`} inputMode="numeric" defaultValue={state.values[name] ?? String(v.stock)} error={state.errors[name]} />
        )
      })}
      <button type="submit" className={portal.button} disabled={pending}>
        {pending ? "고치는 중…" : "재고 바로 고치기"}
      </button>
    </form>
  )
}
