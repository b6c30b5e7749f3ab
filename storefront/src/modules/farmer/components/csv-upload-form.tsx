"use client"

import { useActionState, useRef, useState } from "react"
import { uploadShipmentsCsv, type CsvFormState } from "@/lib/data/farmer-order-actions"
import form from "@/modules/common/components/form.module.css"
import styles from "../templates/farmer.module.css"
import portal from "../templates/portal.module.css"
import CsvReportTable from "./csv-report"
import { useFocusFirstError } from "./use-focus-first-error"

const initial: CsvFormState = { errors: {}, values: {}, attempt: 0, report: null }
/** A server action takes at most 1 MB: a bigger file is stopped here with a message, not an error page. */
const MAX_BYTES = 900 * 1024

/** 송장 일괄 등록: one CSV file; the backend's report comes back row by row. */
export default function CsvUploadForm() {
  const [state, action, pending] = useActionState(uploadShipmentsCsv, initial)
  const [tooBig, setTooBig] = useState(false)
  const errors = tooBig ? { file: "파일이 너무 큽니다. 나누어서 올려 주세요." } : state.errors
  const { report } = state
  const ref = useRef<HTMLFormElement>(null)
  useFocusFirstError(ref, state)
  const submit = (form: FormData) => {
    const file = form.get("file")
    const big = file instanceof File && file.size > MAX_BYTES
    setTooBig(big)
    if (!big) action(form)
  }
  return (
    <>
      <form key={state.attempt} ref={ref} action={submit} className={`${form.form} ${styles.form}`} noValidate aria-label="송장 파일 올리기">
        {errors.form && (
          <div className={styles.alert} role="alert" tabIndex={-1} data-form-alert>
            <p>{errors.form}</p>
          </div>
        )}
        <div className={form.field}>
          <label htmlFor="field-file">송장 파일 (CSV)</label>
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            className={styles.control}
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={errors.file ? "field-file-error" : undefined}
          />
          {errors.file && (
            <p id="field-file-error" className={form.error} role="alert">
              {errors.file}
            </p>
          )}
        </div>
        <button type="submit" className={portal.button} disabled={pending}>
          {pending ? "올리는 중…" : "올리기"}
        </button>
      </form>
      {report && <CsvReportTable report={report} />}
    </>
  )
}
