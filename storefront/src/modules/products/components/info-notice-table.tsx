import type { InfoNoticeRow } from "@/lib/catalog/types"
import styles from "./info-notice-table.module.css"

/** 상품정보제공고시 (전자상거래법 §13): the rows in the order the seller gave them. */
export default function InfoNoticeTable({ rows }: { rows: InfoNoticeRow[] }) {
  return (
    <section aria-labelledby="notice-heading" className={styles.section}>
      <h2 id="notice-heading">상품정보제공고시</h2>
      {rows.length === 0 ? (
        <p className="muted">판매자가 상품정보제공고시를 준비 중입니다.</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <caption className="visually-hidden">상품정보제공고시 항목과 내용</caption>
            <tbody>
              {rows.map((row, i) => (
                <tr key={`${i}-${row.label}`}>
                  <th scope="row">{row.label}</th>
                  <td>{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
