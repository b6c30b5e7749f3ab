export { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../../tests/support/chromium"

/** The storefront keeps the shopper's cart id in this cookie (storefront/src/lib/data/cart-cookie.ts). */
export const CART_COOKIE = "_seogwipo_cart"

export interface StorefrontPage {
  name: string
  path: string
  /** Opened with a cart holding one item. */
  withCart: boolean
  /** Audited by Lighthouse (performance and accessibility). */
  lighthouse: boolean
  /** First-load JavaScript budget, kB as sent (issue 3: 120 on browsing pages, 160 on checkout). */
  jsBudgetKb: number
}

export const PRODUCT_HANDLE = "hallabong-namwon"

/** The pages of the storefront section, in the order they are reported. */
export const STOREFRONT_PAGES: readonly StorefrontPage[] = [
  { name: "home", path: "/", withCart: false, lighthouse: true, jsBudgetKb: 120 },
  { name: "category", path: "/categories/citrus", withCart: false, lighthouse: true, jsBudgetKb: 120 },
  { name: "product", path: `/products/${PRODUCT_HANDLE}`, withCart: false, lighthouse: true, jsBudgetKb: 120 },
  { name: "cart", path: "/cart", withCart: true, lighthouse: true, jsBudgetKb: 120 },
  { name: "checkout", path: "/checkout", withCart: true, lighthouse: true, jsBudgetKb: 160 },
  { name: "farm", path: "/farms/namwon-sunny-orchard", withCart: false, lighthouse: false, jsBudgetKb: 120 },
  { name: "account login", path: "/account/login", withCart: false, lighthouse: false, jsBudgetKb: 120 },
]
