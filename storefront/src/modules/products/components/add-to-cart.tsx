"use client"

import { useActionState, useState } from "react"
import type { VariantView } from "@/lib/catalog/types"
import { notifyCartChanged } from "@/lib/cart-count-cookie"
import { addToCart, type CartActionState } from "@/lib/data/cart-actions"
import { formatWon } from "@/lib/format"
import styles from "./add-to-cart.module.css"
import { optionGroups, selectionOf, valueSoldOut, variantFor, type Selection } from "./variant-options"

type Props = { productId: string; variants: VariantView[] }

const START: CartActionState = { ok: false, message: null }

async function addAndNotify(previous: CartActionState, form: FormData): Promise<CartActionState> {
  const result = await addToCart(previous, form)
  if (result.ok) notifyCartChanged()
  return result
}

/** Option choice (radio groups), the chosen variant's price and stock, quantity, "장바구니 담기". */
export default function AddToCart({ productId, variants }: Props) {
  const groups = optionGroups(variants)
  const [selection, setSelection] = useState<Selection>(() =>
    selectionOf(variants.find((v) => !v.soldOut) ?? variants[0])
  )
  const [quantity, setQuantity] = useState(1)
  const [state, action, pending] = useActionState(addAndNotify, START)
  const variant = variants.length === 1 ? variants[0] : variantFor(variants, selection)
  const max = variant?.stock ?? 99
  const addable = Boolean(variant && !variant.soldOut && variant.price !== null)

  return (
    <form action={action} className={styles.form}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="variantId" value={variant?.id ?? ""} />
      {groups.map((group) => (
        <fieldset key={group.name} className={styles.group}>
          <legend className={styles.legend}>{group.name}</legend>
          <div className={styles.choices}>
            {group.values.map((value) => {
              const soldOut = valueSoldOut(variants, selection, group.name, value)
              return (
                <label key={value} className={styles.choice}>
                  <input
                    type="radio"
                    name={`option-${group.name}`}
                    value={value}
                    checked={selection[group.name] === value}
                    onChange={() => {
                      setSelection({ ...selection, [group.name]: value })
                      setQuantity(1)
                    }}
                  />
                  <span>
                    {value}
                    {soldOut && <span className={styles.soldOutTag}> (품절)</span>}
                  </span>
                </label>
              )
            })}
          </div>
        </fieldset>
      ))}
      <p className={styles.chosen} aria-live="polite">
        {!variant ? (
          "없는 조합입니다. 다른 옵션을 선택해 주세요."
        ) : (
          <>
            <strong className={styles.price}>{variant.price === null ? "가격 준비 중" : formatWon(variant.price)}</strong>
            {variant.soldOut ? (
              <span className={styles.soldOut}>품절</span>
            ) : (
              variant.stock !== null && <span className="muted">남은 수량 {variant.stock}개</span>
            )}
          </>
        )}
      </p>
      <div className={styles.row}>
        <label className={styles.quantity}>
          <span>수량</span>
          <input
            type="number"
            name="quantity"
            inputMode="numeric"
            min={1}
            max={max}
            value={quantity}
            disabled={!addable}
            onChange={(e) => setQuantity(Math.min(max, Math.max(1, Math.trunc(Number(e.target.value)) || 1)))}
          />
        </label>
        <button type="submit" className={styles.add} disabled={!addable || pending}>
          {variant?.soldOut ? "품절" : pending ? "담는 중…" : "장바구니 담기"}
        </button>
      </div>
      {addable && (
        <button type="submit" name="intent" value="buy" className={styles.buy} disabled={pending}>
          바로 구매
        </button>
      )}
      <p role="status" className={state.ok ? styles.ok : styles.error}>
        {state.message}
        {state.ok && (
          <>
            {" "}
            <a href="/cart">장바구니 보기</a>
          </>
        )}
      </p>
    </form>
  )
}
