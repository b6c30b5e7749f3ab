import type { Farm } from "@/lib/catalog/types"
import { formatWon } from "@/lib/format"
import CertificationList from "./certification-list"
import styles from "./farm-profile.module.css"

/** Who the farm is: its town, story and certifications. */
export default function FarmProfile({ farm }: { farm: Farm }) {
  return (
    <header className={styles.profile}>
      <p className={styles.town}>서귀포시 {farm.town}</p>
      <h1>{farm.name}</h1>
      <dl className={styles.meta}>
        {farm.representative && (
          <div>
            <dt>대표</dt>
            <dd>{farm.representative}</dd>
          </div>
        )}
        {farm.establishedYear !== null && (
          <div>
            <dt>시작</dt>
            <dd>{farm.establishedYear}년</dd>
          </div>
        )}
        {farm.freeShippingThreshold !== null && (
          <div>
            <dt>배송</dt>
            <dd>{formatWon(farm.freeShippingThreshold)} 이상 무료배송</dd>
          </div>
        )}
      </dl>
      {farm.story && <p className={styles.story}>{farm.story}</p>}
      <h2 className={styles.subheading}>인증</h2>
      <CertificationList certifications={farm.certifications} />
    </header>
  )
}
