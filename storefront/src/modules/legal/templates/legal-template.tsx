import type { ReactNode } from "react"
import styles from "./legal-template.module.css"

type Props = { title: string; effective: string; children: ReactNode }

/** A legal document: title, effective date, numbered articles (the children). */
export default function LegalTemplate({ title, effective, children }: Props) {
  return (
    <article className={`container page ${styles.doc}`}>
      <h1>{title}</h1>
      <p className="muted">시행일: {effective}</p>
      {children}
    </article>
  )
}
