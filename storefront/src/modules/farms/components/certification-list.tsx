import type { Certification } from "@/lib/catalog/types"
import styles from "./farm-profile.module.css"

export default function CertificationList({ certifications }: { certifications: Certification[] }) {
  if (certifications.length === 0) {
    return <p className="muted">등록된 인증이 없습니다.</p>
  }
  return (
    <ul className={styles.certs}>
      {certifications.map((c) => (
        <li key={`${c.type}-${c.number}`} className={styles.cert}>
          <strong>{c.type}</strong> <span className="muted">인증번호 {c.number}</span>
        </li>
      ))}
    </ul>
  )
}
