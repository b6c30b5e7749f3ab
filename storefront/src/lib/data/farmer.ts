import "server-only"
import { connection } from "next/server"
import { readStoreConfig } from "../config"
import { FarmerApiError, farmerApi, type FarmerApi, type FarmerMe } from "../farmer-api"
import { StoreError } from "../store-error"
import { readFarmerToken } from "./farmer-cookie"

/**
 * The backend's farmer routes, at the backend URL of src/lib/config.ts. They need no publishable
 * key (they are not store routes), so only the URL is checked here: a shop whose key is missing
 * still lets farmers apply and sign in.
 */
export function farmerBackend(): FarmerApi {
  const result = readStoreConfig({ MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY: "not-used-by-farmer-routes" })
  if (!result.ok) throw new StoreError("config", result.problems.join(" "))
  return farmerApi(result.config.backendUrl)
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
