import type { StatusCopy } from "@/lib/farmer-status"
import styles from "../templates/farmer.module.css"

/** The farm's standing in big plain words, with the department's reason when there is one. */
export default function StatusCard({ copy }: { copy: StatusCopy }) {
  const stopped = copy.status === "rejected" || copy.status === "suspended"
  return (
    <section aria-labelledby="status-title" className={`${styles.status} ${styles[copy.tone]}`} data-status={copy.status}>
      <h2 id="status-title">입점 상태</h2>
      <strong className={styles.statusLabel}>{copy.label}</strong>
      {copy.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {stopped && (
        <p className={styles.reason}>
          <strong>사유:</strong> {copy.reason ?? "적힌 사유가 없습니다. 감귤농정과로 문의해 주세요."}
        </p>
      )}
    </section>
  )
}
