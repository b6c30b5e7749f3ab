import "server-only"
import { cookies } from "next/headers"

/** The signed-in shopper's Medusa token lives in this httpOnly cookie, never in client JavaScript. */
export const AUTH_COOKIE = "_seogwipo_jwt"
const SEVEN_DAYS = 60 * 60 * 24 * 7

export async function readAuthToken(): Promise<string | null> {
  return (await cookies()).get(AUTH_COOKIE)?.value || null
}

/** Only from a server action or route handler (cookies are read-only while rendering). */
export async function writeAuthToken(token: string): Promise<void> {
  ;(await cookies()).set(AUTH_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: SEVEN_DAYS,
  })
}

export async function clearAuthToken(): Promise<void> {
  ;(await cookies()).delete(AUTH_COOKIE)
}
