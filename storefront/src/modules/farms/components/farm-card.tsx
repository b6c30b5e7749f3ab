import type { Farm } from "@/lib/catalog/types"
import styles from "./farm-card.module.css"

/** A farm in a list: town, name, certifications and the start of its story. */
export default function FarmCard({ farm, headingLevel = 3 }: { farm: Farm; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <a href={`/farms/${farm.handle}`} className={styles.card}>
      <p className={styles.town}>서귀포시 {farm.town}</p>
      <Heading className={styles.name}>{farm.name}</Heading>
      {farm.certifications.length > 0 && (
        <ul className={styles.certs} aria-label="인증">
          {farm.certifications.map((c) => (
            <li key={`${c.type}-${c.number}`} className={styles.cert}>
              {c.type}
            </li>
          ))}
        </ul>
      )}
      {farm.story && <p className={styles.story}>{farm.story}</p>}
    </a>
  )
}
