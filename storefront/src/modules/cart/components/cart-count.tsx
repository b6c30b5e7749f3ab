import Link from "next/link"
import { Suspense } from "react"
import { getCartItemCount } from "@/lib/data/cart"
import styles from "./cart-count.module.css"

/**
 * The header's cart link with the number of units in the cart, read per request (never shared)
 * and streamed: the rest of the page does not wait for it.
 */
export default function CartCount() {
  return (
    <Suspense fallback={<CartLink />}>
      <CartCountValue />
    </Suspense>
  )
}

async function CartCountValue() {
  return <CartLink count={await getCartItemCount()} />
}

/** The same link without a number: the Suspense fallback while the count is read. */
export function CartLink({ count }: { count?: number }) {
  const label = count === undefined ? "장바구니" : `장바구니, ${count}개 담김`
  return (
    <Link href="/cart" className={styles.link} aria-label={label}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className={styles.icon}>
        <path d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 8H6.2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="9" cy="19" r="1.5" fill="currentColor" />
        <circle cx="17" cy="19" r="1.5" fill="currentColor" />
      </svg>
      <span className={styles.text}>장바구니</span>
      {count !== undefined && count > 0 && (
        <span className={styles.badge} data-testid="cart-count">
          {count}
        </span>
      )}
    </Link>
  )
}
