"use client"

import { blankVariant, variantName, type VariantRow } from "@/lib/farmer-api/listing-form"
import { USES } from "@/lib/farmer-api/schemas"
import type { FieldErrors } from "@/lib/forms"
import form from "@/modules/common/components/form.module.css"
import styles from "../../templates/farmer.module.css"
import { SelectField, TextField } from "../fields"
import { useRows } from "./use-rows"

type Props = { initial: VariantRow[]; errors: FieldErrors }

/** 판매 단위: one row per choice the shopper makes (3kg 가정용, 5kg 선물용…), each with price and stock. */
export default function VariantsFieldset({ initial, errors }: Props) {
  const { rows, add, remove } = useRows(initial, blankVariant)
  return (
    <fieldset className={styles.group} aria-describedby={errors.variants ? "variants-error" : undefined}>
      <legend>판매 단위 (무게·가격·재고)</legend>
      <p className={form.hint}>손님이 고르는 단위마다 한 줄씩 적어 주세요. 예: 3kg 가정용 29,000원, 5kg 선물용 45,000원</p>
      {errors.variants && (
        <p id="variants-error" className={styles.fieldError} role="alert">
          {errors.variants}
        </p>
      )}
      {rows.map(({ key, row }, i) => (
        <div key={key} className={styles.row} role="group" aria-labelledby={`variant-title-${key}`}>
          <h3 id={`variant-title-${key}`}>{i + 1}번째 단위</h3>
          <input type="hidden" name={variantName("id", i)} value={row.id} />
          <div className={styles.rowFields}>
            <TextField name={variantName("weight", i)} label="무게·수량" hint="예: 3kg, 10개" maxLength={20} defaultValue={row.weight} error={errors[variantName("weight", i)]} />
            <TextField name={variantName("size", i)} label="크기 (선택)" hint="예: 대과, 로얄과" required={false} maxLength={20} defaultValue={row.size} error={errors[variantName("size", i)]} />
            <SelectField name={variantName("use", i)} label="가정용·선물용" options={USES} defaultValue={row.use} error={errors[variantName("use", i)]} />
            <TextField name={variantName("price", i)} label="가격 (원)" hint="숫자만. 예: 39000" inputMode="numeric" defaultValue={row.price} error={errors[variantName("price", i)]} />
            <TextField name={variantName("stock", i)} label="재고 (개)" hint="지금 보낼 수 있는 수량" inputMode="numeric" defaultValue={row.stock} error={errors[variantName("stock", i)]} />
          </div>
          {rows.length > 1 && (
            <button type="button" className={styles.removeRow} onClick={() => remove(key)}>
              {i + 1}번째 단위 빼기
            </button>
          )}
        </div>
      ))}
      <button type="button" className={styles.addRow} onClick={add}>
        + 단위 더하기
      </button>
    </fieldset>
  )
}
