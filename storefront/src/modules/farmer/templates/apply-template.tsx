import ApplyForm from "../components/apply-form"
import styles from "./farmer.module.css"

/** /farmer/apply: what to have at hand, then the form. */
export default function ApplyTemplate() {
  return (
    <div className={styles.page}>
      <header>
        <p className={styles.eyebrow}>서귀포 농가 여러분께</p>
        <h1 id="apply-title">농가 입점 신청</h1>
        <p className={styles.lead}>
          신청서를 보내시면 서귀포시 감귤농정과에서 확인한 뒤 보통 3일 안에 알려 드립니다. 승인되면 서귀포in에서 직접 농산물을 팔 수
          있습니다.
        </p>
      </header>
      <section aria-labelledby="prepare-title">
        <h2 id="prepare-title">미리 준비해 주세요</h2>
        <ul className={styles.checklist}>
          <li>농업경영체 등록번호 (숫자 10자리)</li>
          <li>판매 대금을 받을 통장</li>
          <li>GAP·친환경·HACCP 인증 번호 (있는 경우)</li>
          <li>사업자등록번호 (있는 경우)</li>
        </ul>
      </section>
      <ApplyForm />
    </div>
  )
}
