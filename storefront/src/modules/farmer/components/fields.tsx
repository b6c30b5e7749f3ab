import type { ReactNode } from "react"
import form from "@/modules/common/components/form.module.css"
import styles from "../templates/farmer.module.css"

type Base = {
  name: string
  label: string
  error?: string
  hint?: string
  required?: boolean
}

type ControlProps = {
  id: string
  name: string
  required: boolean
  "aria-invalid": true | undefined
  "aria-describedby": string | undefined
}

/** Label, hint and error around one control; the error is announced with it and marks it invalid. */
function Field({ name, label, error, hint, required = true, children }: Base & { children: (props: ControlProps) => ReactNode }) {
  const id = `field-${name}`
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className={form.field}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className={form.hint}>
          {hint}
        </p>
      )}
      {children({ id, name, required, "aria-invalid": error ? true : undefined, "aria-describedby": described })}
      {error && (
        <p id={`${id}-error`} className={form.error} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

type TextProps = Base & {
  type?: "text" | "email" | "tel" | "password"
  inputMode?: "numeric" | "tel" | "email" | "text"
  autoComplete?: string
  defaultValue?: string
  maxLength?: number
}

export function TextField({ type = "text", inputMode, autoComplete, defaultValue, maxLength, ...base }: TextProps) {
  return (
    <Field {...base}>
      {(props) => (
        <input {...props} type={type} inputMode={inputMode} autoComplete={autoComplete} defaultValue={defaultValue} maxLength={maxLength} className={styles.control} />
      )}
    </Field>
  )
}

type SelectProps = Base & {
  /** The first, empty choice ("골라 주세요"). */
  placeholder: string
  options: readonly string[]
  defaultValue?: string
}

export function SelectField({ placeholder, options, defaultValue, ...base }: SelectProps) {
  return (
    <Field {...base}>
      {(props) => (
        <select {...props} defaultValue={defaultValue ?? ""} className={styles.control}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

type TextAreaProps = Base & { defaultValue?: string; maxLength?: number; rows?: number }

export function TextAreaField({ defaultValue, maxLength, rows = 5, ...base }: TextAreaProps) {
  return (
    <Field {...base}>
      {(props) => <textarea {...props} defaultValue={defaultValue} maxLength={maxLength} rows={rows} className={styles.control} />}
    </Field>
  )
}
