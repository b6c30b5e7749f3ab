import styles from "./site-footer.module.css"

/**
 * Placeholder business information. The full 전자상거래법 §10 footer (registration numbers,
 * terms, privacy policy) comes with the next issue; until then nothing here pretends to be it.
 */
export default function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p className={styles.brand}>서귀포in</p>
        <p className={styles.notice}>
          <strong>임시 표기</strong> — 정식 사업자 정보(사업자등록번호, 통신판매업 신고번호, 이용약관,
          개인정보처리방침)는 준비 중입니다.
        </p>
        <dl className={styles.info}>
          <div>
            <dt>운영</dt>
            <dd>서귀포시 감귤농정과</dd>
          </div>
          <div>
            <dt>판매</dt>
            <dd>각 상품 페이지에 표시된 입점 농가·생산자</dd>
          </div>
        </dl>
        <p className={styles.copy}>© 서귀포시. 서귀포 농가의 산지직송 쇼핑몰.</p>
      </div>
    </footer>
  )
}
