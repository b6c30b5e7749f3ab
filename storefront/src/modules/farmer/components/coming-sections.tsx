import type { FarmSection } from "@/lib/farmer-status"
import styles from "../templates/farmer.module.css"

/** The seller's sections this status opens; none is built yet, so each is a closed card. */
export default function ComingSections({ sections }: { sections: FarmSection[] }) {
  if (sections.length === 0) return null
  return (
    <section aria-labelledby="sections-title">
      <h2 id="sections-title">판매 관리</h2>
      <ul className={styles.sections}>
        {sections.map((section) => (
          <li key={section.key} className={styles.section} data-section={section.key}>
            <h3>{section.title}</h3>
            <p>{section.text}</p>
            <p className={styles.soon}>곧 열립니다</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
