import styles from "./form.module.css"

type Props = {
  name: string
  label: string
  type?: "text" | "email" | "tel" | "password"
  autoComplete?: string
  defaultValue?: string
  error?: string
  hint?: string
  required?: boolean
}

/** A labelled input whose error is announced with it (aria-describedby) and marks it invalid. */
export default function FormField({ name, label, type = "text", autoComplete, defaultValue, error, hint, required = true }: Props) {
  const id = `field-${name}`
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {error && (
        <p id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
