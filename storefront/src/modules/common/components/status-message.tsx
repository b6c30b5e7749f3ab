import type { ReactNode } from "react"
import styles from "./status-message.module.css"

type Props = { title: string; code?: string; role?: "alert"; children: ReactNode }

/** A centred message for 404s and errors. */
export default function StatusMessage({ title, code, role, children }: Props) {
  return (
    <div className={`container page ${styles.box}`} role={role}>
      {code && <p className={styles.code}>{code}</p>}
      <h1>{title}</h1>
      {children}
    </div>
  )
}
