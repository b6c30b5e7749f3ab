import { signOutFarmer } from "@/lib/data/farmer-actions"
import type { FarmerMe } from "@/lib/farmer-api"
import type { FarmDashboard } from "@/lib/farmer-api/schemas"
import { farmStatusCopy } from "@/lib/farmer-status"
import { BUSINESS_INFO } from "@/modules/layout/components/business-info"
import { LowStock, Sales, SectionLinks, WaitingOrders } from "../components/dashboard-parts"
import PortalPage from "../components/portal-page"
import StatusCard from "../components/status-card"
import styles from "./farmer.module.css"

const OFFICE_PHONE = BUSINESS_INFO.find((row) => row.label === "전화")?.value ?? ""
const OFFICE_DIGITS = OFFICE_PHONE.match(/^[\d-]+/)?.[0].replace(/-/g, "") ?? ""

type Props = { me: FarmerMe; open: boolean; dashboard: FarmDashboard | null }

/**
 * /farmer: the farm's standing in plain words; once the portal is open (approved, or suspended and
 * read-only), what to ship first, what runs low, this week's and month's sales, and the sections.
 */
export default function DashboardTemplate({ me, open, dashboard }: Props) {
  const { member, farm } = me
  const copy = farmStatusCopy(farm.status, farm.status_reason)
  const greeting = `${member.name || member.email}님, 안녕하세요.`
  if (!open) {
    return (
      <div className={styles.page}>
        <header>
          <p className={styles.eyebrow}>서귀포in 농가</p>
          <h1>{farm.name}</h1>
          <p className={styles.lead}>{greeting}</p>
        </header>
        <StatusCard copy={copy} />
        <FarmInfo me={me} />
        <Help />
        <form action={signOutFarmer}>
          <button type="submit" className={styles.signOut}>
            로그아웃
          </button>
        </form>
      </div>
    )
  }
  return (
    <PortalPage me={me} section="home" eyebrow="서귀포in 농가" title={farm.name} lead={greeting}>
      <StatusCard copy={copy} />
      {dashboard ? (
        <>
          <WaitingOrders waiting={dashboard.waiting} writable={farm.status === "approved"} />
          <LowStock items={dashboard.low_stock} />
          <Sales sales={dashboard.sales} />
        </>
      ) : (
        <p className={styles.alert} role="status">
          주문·재고·판매 요약을 지금 불러오지 못했습니다. 아래 메뉴에서 주문과 상품을 직접 확인해 주세요.
        </p>
      )}
      <SectionLinks />
      <FarmInfo me={me} />
      <Help />
    </PortalPage>
  )
}

function FarmInfo({ me }: { me: FarmerMe }) {
  const { farm } = me
  const info = [
    { label: "읍·면·동", value: farm.town },
    { label: "연락처", value: farm.phone },
    { label: "이메일", value: farm.email },
  ].filter((row): row is { label: string; value: string } => Boolean(row.value))
  if (info.length === 0) return null
  return (
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
  )
}

function Help() {
  if (!OFFICE_DIGITS) return null
  return (
    <section aria-labelledby="help-title">
      <h2 id="help-title">궁금한 점이 있으면</h2>
      <p>
        서귀포시 감귤농정과 <br />
        <a className={styles.call} href={`tel:${OFFICE_DIGITS}`}>
          {OFFICE_PHONE}
        </a>
      </p>
    </section>
  )
}
