import styles from "./withdrawal-notice.module.css"

/**
 * 청약철회 notice (전자상거래법 §17), shown on the product page before purchase: the fresh-food
 * exclusion only holds when it is stated clearly in advance.
 */
export default function WithdrawalNotice() {
  return (
    <section aria-labelledby="withdrawal-heading" className={styles.notice}>
      <h2 id="withdrawal-heading" className={styles.heading}>
        교환·반품(청약철회) 안내
      </h2>
      <ul className={styles.list}>
        <li>상품을 받은 날부터 7일 안에 청약철회(반품)를 신청할 수 있습니다.</li>
        <li>
          <strong>신선식품</strong>(감귤·채소·수산물·축산물 등)은 시간이 지나면 가치가 크게 떨어지므로, 배송된 뒤에는 단순
          변심에 의한 청약철회가 <strong>제한됩니다</strong>.
        </li>
        <li>받은 상품이 표시·광고와 다르거나 상했다면 받은 날부터 3개월 안에 교환·환불을 받을 수 있습니다. 사진과 함께 알려 주세요.</li>
        <li>환불은 반품을 확인한 날부터 3영업일 안에 해 드립니다.</li>
      </ul>
    </section>
  )
}
