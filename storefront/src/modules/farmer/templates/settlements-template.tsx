import type { FarmerMe } from "@/lib/farmer-api"
import type { Statement } from "@/lib/farmer-api/schemas"
import { formatWon } from "@/lib/format"
import { formatDate, periodText, settlementBadge } from "../copy"
import PortalPage from "../components/portal-page"
import styles from "./portal.module.css"

type Props = { me: FarmerMe; statements: Statement[] }

/** /farmer/settlements: each period's statement, read only. */
export default function SettlementsTemplate({ me, statements }: Props) {
  return (
    <PortalPage me={me} section="settlements" title="정산" lead="정산 기간마다 판매 금액에서 환불과 수수료를 뺀 금액을 계좌로 보내 드립니다.">
      {statements.length === 0 ? (
        <p>
          아직 정산 내역이 없습니다. 손님이 구매를 확정한 주문은 정산 기간이 끝나면 이곳에 정산서로 나타납니다. 궁금한 점은 감귤농정과로 문의해 주세요.
        </p>
      ) : (
        <table className={styles.table}>
          <caption className="visually-hidden">정산 내역</caption>
          <thead>
            <tr>
              <th scope="col">기간</th>
              <th scope="col" className={styles.num}>판매</th>
              <th scope="col" className={styles.num}>환불</th>
              <th scope="col" className={styles.num}>수수료</th>
              <th scope="col" className={styles.num}>받을 금액</th>
              <th scope="col">상태</th>
              <th scope="col">지급일</th>
            </tr>
          </thead>
          <tbody>
            {statements.map((s) => {
              const badge = settlementBadge(s.status)
              return (
                <tr key={s.id}>
                  <td data-label="기간">{periodText(s.period_start, s.period_end)}</td>
                  <td data-label="판매" className={styles.num}>{formatWon(s.sales)}</td>
                  <td data-label="환불" className={styles.num}>{s.refunds ? `-${formatWon(Math.abs(s.refunds))}` : formatWon(0)}</td>
                  <td data-label="수수료" className={styles.num}>{s.commission ? `-${formatWon(Math.abs(s.commission))}` : formatWon(0)}</td>
                  <td data-label="받을 금액" className={styles.num}>
                    <strong>{formatWon(s.net)}</strong>
                  </td>
                  <td data-label="상태">
                    <span className={`${styles.badge} ${styles[badge.tone]}`}>{badge.label}</span>
                  </td>
                  <td data-label="지급일">{s.paid_at ? formatDate(s.paid_at) : "-"}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </PortalPage>
  )
}
