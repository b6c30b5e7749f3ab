/**
 * The number of units in the shopper's cart, kept in a readable cookie next to the (httpOnly)
 * cart id. The header shows it from the browser, so browsing pages stay static and cacheable:
 * no page has to read the cart to draw its header.
 */
export const CART_COUNT_COOKIE = "_seogwipo_cart_count"

/** Dispatched on window after a cart action succeeds; the header reads the cookie again. */
export const CART_CHANGED_EVENT = "seogwipo:cart-changed"

/** The count in a `document.cookie` string; 0 when absent or malformed. */
export function parseCartCount(cookieHeader: string): number {
  const match = cookieHeader.match(new RegExp(`(?:^|;\\s*)${CART_COUNT_COOKIE}=(\\d{1,4})(?:;|$)`))
  return match ? Number(match[1]) : 0
}

/** Called in the browser after a cart action succeeded (its response has set the cookie). */
export function notifyCartChanged(): void {
  window.dispatchEvent(new Event(CART_CHANGED_EVENT))
}
