"use client"

import { usePathname } from "next/navigation"
import { useSyncExternalStore } from "react"
import { CART_CHANGED_EVENT, parseCartCount } from "@/lib/cart-count-cookie"
import styles from "@/modules/layout/components/header-action.module.css"

function subscribe(onChange: () => void): () => void {
  // pageshow: a page restored from the back/forward cache may show an older count.
  const events = [CART_CHANGED_EVENT, "pageshow", "focus"]
  for (const name of events) window.addEventListener(name, onChange)
  return () => events.forEach((name) => window.removeEventListener(name, onChange))
}

const readCount = () => parseCartCount(document.cookie)
/** On the server (and in the cached HTML) the count is unknown: the link shows without a number. */
const unknownCount = () => null

/** The header's cart link with the number of units in the cart, read in the browser. */
export default function CartCount() {
  // Read again on every navigation too: placing an order empties the cart and then redirects.
  usePathname()
  const count = useSyncExternalStore(subscribe, readCount, unknownCount)
  return (
    <a href="/cart" className={styles.link}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className={styles.icon}>
        <path d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 8H6.2" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="9" cy="19" r="1.5" fill="currentColor" />
        <circle cx="17" cy="19" r="1.5" fill="currentColor" />
      </svg>
      <span className={styles.text}>장바구니</span>
      {count !== null && count > 0 && (
        <>
          <span className={styles.badge} data-testid="cart-count" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden">({count}개 담김)</span>
        </>
      )}
    </a>
  )
}
