/** Debian's Chromium, as the browser tests launch it (see /work/shared machine notes and tests/e2e). */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

/** Without the background-networking flags Chromium floods the closed network with refused connections. */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]

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
