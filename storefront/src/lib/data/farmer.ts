import "server-only"
import { notFound, redirect } from "next/navigation"
import { connection } from "next/server"
import { readStoreConfig } from "../config"
import { FarmerApiError, farmerApi, type FarmerApi, type FarmerMe } from "../farmer-api"
import { farmerPortalApi, type FarmerPortalApi } from "../farmer-api/portal"
import type { FarmDashboard } from "../farmer-api/schemas"
import { StoreError } from "../store-error"
import { readFarmerToken } from "./farmer-cookie"

/**
 * The backend's farmer routes, at the backend URL of src/lib/config.ts. They need no publishable
 * key (they are not store routes), so only the URL is checked here: a shop whose key is missing
 * still lets farmers apply and sign in.
 */
function backendUrl(): string {
  const result = readStoreConfig({ MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY: "not-used-by-farmer-routes" })
  if (!result.ok) throw new StoreError("config", result.problems.join(" "))
  return result.config.backendUrl
}

export function farmerBackend(): FarmerApi {
  return farmerApi(backendUrl())
}

/** The portal's routes (products, orders, shipments, settlements, members). */
export function farmerPortal(): FarmerPortalApi {
  return farmerPortalApi(backendUrl())
}

/** A backend failure as the error page's StoreError (its message stays in the server log). */
export function asStoreError(error: unknown): unknown {
  if (!(error instanceof FarmerApiError)) return error
  return new StoreError(error.status === null ? "unavailable" : "bad-response", error.message, { cause: error })
}

/**
 * The signed-in farmer and their farm (GET /farmer/me with the cookie's token): per person, never
 * cached. Null when there is no cookie or the backend no longer accepts its token.
 */
export async function getFarmerMe(): Promise<FarmerMe | null> {
  await connection()
  const token = await readFarmerToken()
  if (!token) return null
  try {
    return await farmerBackend().me(token)
  } catch (error) {
    throw asStoreError(error)
  }
}

export type FarmerSession = { me: FarmerMe; token: string }

/** The signed-in farmer with their token, or off to the sign-in page. Per person, never cached. */
export async function requireFarmer(): Promise<FarmerSession> {
  await connection()
  const token = await readFarmerToken()
  if (!token) redirect("/farmer/login")
  let me: FarmerMe | null
  try {
    me = await farmerBackend().me(token)
  } catch (error) {
    throw asStoreError(error)
  }
  if (!me) redirect("/farmer/login")
  return { me, token }
}

/**
 * One portal read with the farmer's token: a token the backend no longer takes goes back to the
 * sign-in page, another farm's (or a gone) thing is the 404 page, the rest is the error page.
 */
export async function farmerRead<T>(token: string, read: (api: FarmerPortalApi, token: string) => Promise<T>): Promise<T> {
  try {
    return await read(farmerPortal(), token)
  } catch (error) {
    if (error instanceof FarmerApiError && error.status === 401) redirect("/farmer/login")
    if (error instanceof FarmerApiError && error.status === 404) notFound()
    throw asStoreError(error)
  }
}

/** Whether the farm may change anything (the backend answers 403 to others' writes). */
export function canWrite(me: FarmerMe): boolean {
  return me.farm.status === "approved"
}

/**
 * For the portal's pages other than /farmer: an approved farm, or a suspended one (reading stays
 * open). A farm still under review, or turned down, has only its status on /farmer.
 */
export async function requirePortal(): Promise<FarmerSession> {
  const session = await requireFarmer()
  const { status } = session.me.farm
  if (status !== "approved" && status !== "suspended") redirect("/farmer")
  return session
}

/**
 * /farmer's summary (waiting orders, low stock, sales). When it cannot be read the page still
 * shows the farm's status and its menu (null), instead of an error page; the reason is logged.
 */
export async function getFarmerDashboard(token: string): Promise<FarmDashboard | null> {
  try {
    return await farmerPortal().dashboard(token)
  } catch (error) {
    if (error instanceof FarmerApiError && error.status === 401) redirect("/farmer/login")
    if (!(error instanceof FarmerApiError)) throw error
    console.error("[farmer] dashboard:", error.message)
    return null
  }
}
