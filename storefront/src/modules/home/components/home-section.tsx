import type { ReactNode } from "react"
import styles from "./home-section.module.css"

type Props = { id: string; title: string; lead?: string; more?: { href: string; label: string }; children: ReactNode }

/** A titled band of the home page, with an optional "more" link. */
export default function HomeSection({ id, title, lead, more, children }: Props) {
  return (
    <section className={`container ${styles.section}`} aria-labelledby={id}>
      <div className={styles.head}>
        <h2 id={id} className={styles.title}>
          {title}
        </h2>
        {more && (
          <a href={more.href} className={styles.more}>
            {more.label}
          </a>
        )}
      </div>
      {lead && <p className="muted">{lead}</p>}
      {children}
    </section>
  )
}
