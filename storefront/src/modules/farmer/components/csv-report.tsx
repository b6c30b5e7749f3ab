import type { CsvReport } from "@/lib/farmer-api/schemas"
import styles from "../templates/portal.module.css"

const RESULT: Record<CsvReport["rows"][number]["status"], { label: string; tone: "ok" | "draft" | "stop" }> = {
  applied: { label: "적용", tone: "ok" },
  already: { label: "이미 등록됨", tone: "draft" },
  error: { label: "오류", tone: "stop" },
}

/** The CSV's report: totals first, then each line with what happened to it. */
export default function CsvReportTable({ report }: { report: CsvReport }) {
  return (
    <section aria-labelledby="report-title" role="status">
      <h2 id="report-title">올린 결과</h2>
      <dl className={styles.figures}>
        <div>
          <dt>적용</dt>
          <dd>{report.applied}건</dd>
        </div>
        <div>
          <dt>이미 등록됨</dt>
          <dd>{report.already}건</dd>
        </div>
        <div>
          <dt>오류</dt>
          <dd className={report.failed > 0 ? styles.late : undefined}>{report.failed}건</dd>
        </div>
      </dl>
      {report.failed > 0 && <p>오류가 난 줄만 고쳐서 다시 올리면 됩니다. 이미 등록된 줄은 그대로 둡니다.</p>}
      {report.rows.length > 0 && (
        <table className={styles.table}>
          <caption className="visually-hidden">줄마다 결과</caption>
          <thead>
            <tr>
              <th scope="col">줄</th>
              <th scope="col">주문번호</th>
              <th scope="col">결과</th>
              <th scope="col">내용</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.line}>
                <td data-label="줄">{row.line}</td>
                <td data-label="주문번호">{row.order || "-"}</td>
                <td data-label="결과">
                  <span className={`${styles.badge} ${styles[RESULT[row.status].tone]}`}>{RESULT[row.status].label}</span>
                </td>
                <td data-label="내용">{row.message || "-"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
