import { BUSINESS_INFO } from "./business-info"
import styles from "./site-footer.module.css"

/** Business information (전자상거래법 §10), the legal links and the intermediary notice (§20). */
export default function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p className={styles.brand}>서귀포in</p>
        <nav aria-label="약관 및 정책">
          <ul className={styles.links}>
            <li>
              <a href="/terms">이용약관</a>
            </li>
            <li>
              <a href="/privacy" className={styles.privacy}>
                개인정보처리방침
              </a>
            </li>
            <li>
              <a href="/farms">입점 농가</a>
            </li>
            <li>
              <a href="/farmer/apply">농가 입점 신청</a>
            </li>
          </ul>
        </nav>
        <h2 className="visually-hidden">사업자 정보</h2>
        <dl className={styles.info}>
          {BUSINESS_INFO.map((row) => (
            <div key={row.label}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
        <p className={styles.notice}>
          서귀포in은 <strong>통신판매중개자</strong>로서 통신판매의 당사자가 아니며, 입점 농가·생산자가 판매하는 상품의
          정보와 거래에 대한 책임은 각 판매자에게 있습니다. 실제 판매자(농가)는 각 상품 페이지와 주문 내역에 표시됩니다.
        </p>
        <p className={styles.copy}>© 서귀포시. 서귀포 농가의 산지직송 쇼핑몰.</p>
      </div>
    </footer>
  )
}
