"use client"

import { useState } from "react"
import { blankLot, lotName, type ListingFormValues } from "@/lib/farmer-api/listing-form"
import { VARIETIES } from "@/lib/farmer-api/schemas"
import type { FieldErrors } from "@/lib/forms"
import form from "@/modules/common/components/form.module.css"
import styles from "../../templates/farmer.module.css"
import { CheckField, SelectField, TextField } from "../fields"
import { useRows } from "./use-rows"

type Props = { values: ListingFormValues; errors: FieldErrors }

/**
 * 감귤 품질: the variety and the measured lots. The newest lot must meet the department's minimum
 * (레드향 13.5 °Bx, 한라봉 13, 천혜향 12.5 가온 / 13; 산도 1.1 % 이하) for 심사 요청 to go through.
 */
export default function CitrusFieldset({ values, errors }: Props) {
  const [variety, setVariety] = useState(values.variety)
  const { rows, add, remove } = useRows(values.lots, blankLot)
  return (
    <fieldset className={styles.group} aria-describedby={errors.lots ? "lots-error" : "lots-hint"}>
      <legend>감귤 품종과 당도</legend>
      <SelectField name="variety" label="품종" placeholder="골라 주세요" options={VARIETIES} defaultValue={values.variety} error={errors.variety} onChange={setVariety} />
      {variety === "천혜향" && <CheckField name="heated" label="가온 하우스에서 길렀습니다" hint="가온 하우스 천혜향의 당도 기준은 12.5°Bx, 아니면 13°Bx입니다." defaultChecked={values.heated} />}
      <p id="lots-hint" className={form.hint}>
        수확한 묶음(로트)마다 당도와 산도를 적어 주세요. 가장 최근에 잰 로트가 기준을 넘어야 판매할 수 있습니다. 기준: 레드향 13.5°Bx, 한라봉 13°Bx, 천혜향 12.5°Bx(가온)·13°Bx, 산도 1.1% 이하.
      </p>
      {errors.lots && (
        <p id="lots-error" className={styles.fieldError} role="alert">
          {errors.lots}
        </p>
      )}
      {rows.map(({ key, row }, i) => (
        <div key={key} className={styles.row} role="group" aria-labelledby={`lot-title-${key}`}>
          <h3 id={`lot-title-${key}`}>로트 {i + 1}</h3>
          <div className={styles.rowFields}>
            <TextField name={lotName("lot", i)} label="로트 이름" hint="예: 1차 수확, 12월 첫 수확" maxLength={40} defaultValue={row.lot} error={errors[lotName("lot", i)]} />
            <TextField name={lotName("measured_on", i)} label="측정일" type="date" defaultValue={row.measured_on} error={errors[lotName("measured_on", i)]} />
            <TextField name={lotName("brix", i)} label="당도 (°Bx)" hint="예: 13.5" inputMode="decimal" defaultValue={row.brix} error={errors[lotName("brix", i)]} />
            <TextField name={lotName("acidity", i)} label="산도 (%)" hint="예: 0.9" inputMode="decimal" defaultValue={row.acidity} error={errors[lotName("acidity", i)]} />
          </div>
          <button type="button" className={styles.removeRow} onClick={() => remove(key)}>
            로트 {i + 1} 빼기
          </button>
        </div>
      ))}
      <button type="button" className={styles.addRow} onClick={add}>
        + 로트 더하기
      </button>
    </fieldset>
  )
}
