import type { ListingState } from "@/lib/farmer-api/schemas"
import { listingBadge } from "../copy"
import styles from "../templates/portal.module.css"

export default function ListingBadge({ state, pendingChange }: { state: ListingState; pendingChange: boolean }) {
  const badge = listingBadge(state, pendingChange)
  return <span className={`${styles.badge} ${styles[badge.tone]}`}>{badge.label}</span>
}
