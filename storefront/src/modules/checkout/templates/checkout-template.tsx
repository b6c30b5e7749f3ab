import type { CartView } from "@/lib/data/cart"
import type { BankTransfer } from "@/lib/data/shop"
import { formatWon } from "@/lib/format"
import CheckoutForm, { type CheckoutDefaults } from "../components/checkout-form"
import OrderSummary from "../components/order-summary"
import styles from "../components/checkout.module.css"

type Props = { view: CartView; bank: BankTransfer | null; defaults: CheckoutDefaults }

export default function CheckoutTemplate({ view, bank, defaults }: Props) {
  return (
    <div className={styles.page}>
      <h1>주문하기</h1>
      <OrderSummary view={view} />
      <CheckoutForm defaults={defaults} bank={bank} totalLabel={formatWon(view.totals.total)} />
    </div>
  )
}
