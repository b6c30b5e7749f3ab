import "server-only"
import { cookies } from "next/headers"

/**
 * The signed-in farmer's token (from POST /auth/farmer/emailpass) lives in this httpOnly cookie,
 * apart from the shopper's (_seogwipo_jwt): one phone can be both a shopper and a farmer.
 */
export const FARMER_COOKIE = "_seogwipo_farmer"
const SEVEN_DAYS = 60 * 60 * 24 * 7

export async function readFarmerToken(): Promise<string | null> {
  return (await cookies()).get(FARMER_COOKIE)?.value || null
}

/** Only from a server action or route handler (cookies are read-only while rendering). */
export async function writeFarmerToken(token: string): Promise<void> {
  ;(await cookies()).set(FARMER_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: SEVEN_DAYS,
  })
}

export async function clearFarmerToken(): Promise<void> {
  ;(await cookies()).delete(FARMER_COOKIE)
}
