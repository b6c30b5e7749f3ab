import type { BankTransfer } from "@/lib/data/shop"
import { depositDeadline } from "@/lib/deposit"
import { formatWon } from "@/lib/format"
import styles from "./order.module.css"

type Props = { bank: BankTransfer; amount: number; orderedAt: Date; orderNumber: number | string }

/** Where and how much to transfer, and by when: what a 무통장입금 buyer needs after ordering. */
export default function BankTransferBox({ bank, amount, orderedAt, orderNumber }: Props) {
  return (
    <section className={styles.bank} aria-labelledby="bank-title">
      <h2 id="bank-title">무통장입금 안내</h2>
      <dl>
        <dt>입금 계좌</dt>
        <dd>
          {bank.bank} {bank.accountNumber}
        </dd>
        <dt>예금주</dt>
        <dd>{bank.holder}</dd>
        <dt>입금 금액</dt>
        <dd>
          <strong>{formatWon(amount)}</strong>
        </dd>
        <dt>입금 기한</dt>
        <dd>{depositDeadline(orderedAt, bank.depositDays)}까지</dd>
      </dl>
      <p>입금자명은 주문하신 분 이름으로 해 주세요. 기한 안에 입금되지 않으면 주문 {orderNumber}번은 자동 취소됩니다.</p>
    </section>
  )
}
