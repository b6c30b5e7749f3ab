"use client"

import { useState, useTransition } from "react"
import { notifyCartChanged } from "@/lib/cart-count-cookie"
import { updateLineQuantity } from "@/lib/data/cart-actions"
import styles from "./quantity-stepper.module.css"

type Props = { lineId: string; title: string; quantity: number; max: number | null }

/** − / number / + for one cart line; each change is saved in Medusa by a server action. */
export default function QuantityStepper({ lineId, title, quantity, max }: Props) {
  const limit = Math.max(1, Math.min(max ?? 99, 99))
  const [value, setValue] = useState(String(quantity))
  const [error, setError] = useState<string | null>(null)
  const [pending, startTransition] = useTransition()

  function save(next: number) {
    const clamped = Math.min(limit, Math.max(1, Math.trunc(next) || 1))
    setValue(String(clamped))
    if (clamped === quantity) return
    startTransition(async () => {
      const result = await updateLineQuantity(lineId, clamped)
      if (!result.ok) {
        setError(result.message)
        setValue(String(quantity))
      } else {
        setError(null)
        notifyCartChanged()
      }
    })
  }

  return (
    <div className={styles.wrap}>
      <div className={styles.stepper} aria-busy={pending}>
        <button type="button" onClick={() => save(quantity - 1)} disabled={pending || quantity <= 1} aria-label={`${title} 수량 줄이기`}>
          −
        </button>
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={limit}
          value={value}
          aria-label={`${title} 수량`}
          disabled={pending}
          onChange={(e) => setValue(e.target.value)}
          onBlur={() => save(Number(value))}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault()
              save(Number(value))
            }
          }}
        />
        <button type="button" onClick={() => save(quantity + 1)} disabled={pending || quantity >= limit} aria-label={`${title} 수량 늘리기`}>
          +
        </button>
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </div>
  )
}
