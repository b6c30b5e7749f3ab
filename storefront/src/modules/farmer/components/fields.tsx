import type { ReactNode } from "react"
import form from "@/modules/common/components/form.module.css"
import styles from "../templates/farmer.module.css"

type Base = {
  name: string
  /** Unique on the page; defaults to `field-<name>` (set it when a page has the same form twice). */
  id?: string
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
function Field({ name, id: givenId, label, error, hint, required = true, children }: Base & { children: (props: ControlProps) => ReactNode }) {
  const id = givenId ?? `field-${name}`
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
  type?: "text" | "email" | "tel" | "password" | "date"
  inputMode?: "numeric" | "decimal" | "tel" | "email" | "text"
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

export type Option = string | { value: string; label: string }

type SelectProps = Base & {
  /** The first, empty choice ("골라 주세요"); none when the select always has a value. */
  placeholder?: string
  options: readonly Option[]
  defaultValue?: string
  onChange?: (value: string) => void
}

export function SelectField({ placeholder, options, defaultValue, onChange, ...base }: SelectProps) {
  return (
    <Field {...base}>
      {(props) => (
        <select {...props} defaultValue={defaultValue ?? ""} onChange={onChange && ((e) => onChange(e.target.value))} className={styles.control}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => {
            const { value, label } = typeof option === "string" ? { value: option, label: option } : option
            return (
              <option key={value} value={value}>
                {label}
              </option>
            )
          })}
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

type CheckProps = { name: string; id?: string; label: string; hint?: string; defaultChecked?: boolean; onChange?: (checked: boolean) => void }

/** A big checkbox whose whole line is the label (value "1" when ticked). */
export function CheckField({ name, id, label, hint, defaultChecked, onChange }: CheckProps) {
  const inputId = id ?? `field-${name}`
  return (
    <div className={form.field}>
      <label htmlFor={inputId} className={styles.check}>
        <input
          id={inputId}
          type="checkbox"
          name={name}
          value="1"
          defaultChecked={defaultChecked}
          onChange={onChange && ((e) => onChange(e.target.checked))}
          aria-describedby={hint ? `${inputId}-hint` : undefined}
        />
        {label}
      </label>
      {hint && (
        <p id={`${inputId}-hint`} className={form.hint}>
          {hint}
        </p>
      )}
    </div>
  )
}
