import { signOutFarmer } from "@/lib/data/farmer-actions"
import type { FarmerMe } from "@/lib/farmer-api"
import { farmStatusCopy } from "@/lib/farmer-status"
import { BUSINESS_INFO } from "@/modules/layout/components/business-info"
import ComingSections from "../components/coming-sections"
import StatusCard from "../components/status-card"
import styles from "./farmer.module.css"

const OFFICE_PHONE = BUSINESS_INFO.find((row) => row.label === "전화")?.value ?? ""
const OFFICE_DIGITS = OFFICE_PHONE.match(/^[\d-]+/)?.[0].replace(/-/g, "") ?? ""

/** /farmer: the farm's name, its standing in plain words, and what it opens. */
export default function DashboardTemplate({ me }: { me: FarmerMe }) {
  const { member, farm } = me
  const copy = farmStatusCopy(farm.status, farm.status_reason)
  const info = [
    { label: "읍·면·동", value: farm.town },
    { label: "연락처", value: farm.phone },
    { label: "이메일", value: farm.email },
  ].filter((row): row is { label: string; value: string } => Boolean(row.value))
  return (
    <div className={styles.page}>
      <header>
        <p className={styles.eyebrow}>서귀포in 농가</p>
        <h1>{farm.name}</h1>
        <p className={styles.lead}>{member.name || member.email}님, 안녕하세요.</p>
      </header>
      <StatusCard copy={copy} />
      <ComingSections sections={copy.sections} />
      {info.length > 0 && (
        <section aria-labelledby="farm-info-title">
          <h2 id="farm-info-title">농장 정보</h2>
          <dl className={styles.info}>
            {info.map((row) => (
              <div key={row.label}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {OFFICE_DIGITS && (
        <section aria-labelledby="help-title">
          <h2 id="help-title">궁금한 점이 있으면</h2>
          <p>
            서귀포시 감귤농정과 <br />
            <a className={styles.call} href={`tel:${OFFICE_DIGITS}`}>
              {OFFICE_PHONE}
            </a>
          </p>
        </section>
      )}
      <form action={signOutFarmer}>
        <button type="submit" className={styles.signOut}>
          로그아웃
        </button>
      </form>
    </div>
  )
}
