"use client"

import { useState, useTransition } from "react"
import { notifyCartChanged } from "@/lib/cart-count-cookie"
import { removeLineItem } from "@/lib/data/cart-actions"
import styles from "./cart-line.module.css"

/** Removes one line from the cart. */
export default function RemoveButton({ lineId, title }: { lineId: string; title: string }) {
  const [pending, startTransition] = useTransition()
  const [error, setError] = useState<string | null>(null)
  return (
    <>
      <button
        type="button"
        className={styles.remove}
        disabled={pending}
        aria-label={`${title} 삭제`}
        onClick={() =>
          startTransition(async () => {
            const result = await removeLineItem(lineId)
            setError(result.ok ? null : result.message)
            if (result.ok) notifyCartChanged()
          })
        }
      >
        {pending ? "삭제 중…" : "삭제"}
      </button>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </>
  )
}
