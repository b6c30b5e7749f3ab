import "server-only"
import { cookies } from "next/headers"
import { CART_COUNT_COOKIE } from "@/lib/cart-count-cookie"

/** The shopper's Medusa cart id lives in this httpOnly cookie, never in client JavaScript. */
export const CART_COOKIE = "_seogwipo_cart"
const THIRTY_DAYS = 60 * 60 * 24 * 30

export async function readCartId(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value
  return value && /^cart_[A-Za-z0-9]+$/.test(value) ? value : null
}

/** Only from a server action or route handler (cookies are read-only while rendering). */
export async function writeCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, {
    httpOnly: true,
    sameSite: "lax",
    // Browsers accept Secure cookies on http://localhost, so the embedded shop works too.
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: THIRTY_DAYS,
  })
}

/** The header's count (readable by the page's script: a number of units, nothing private). */
export async function writeCartCount(count: number): Promise<void> {
  ;(await cookies()).set(CART_COUNT_COOKIE, String(count), {
    httpOnly: false,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: THIRTY_DAYS,
  })
}

export async function clearCartId(): Promise<void> {
  const jar = await cookies()
  jar.delete(CART_COOKIE)
  jar.delete(CART_COUNT_COOKIE)
}
