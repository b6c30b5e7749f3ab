import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import seed from "../src/scripts/seed"
import { readStoreSeed } from "../src/scripts/seed/load-catalog"
import { OUTBOX_FILE } from "./outbox"

export const BACKEND_DIR = path.resolve(__dirname, "..")
export const UPLOAD_DIR = path.join(BACKEND_DIR, "static")
export { OUTBOX_FILE }

/** Environment of the app under test: the embedded mode, uploads in the backend's static/, e-mails to OUTBOX_FILE. */
export const testEnv = {
  SEOGWIPO_MODE: "embedded",
  FILE_UPLOAD_DIR: UPLOAD_DIR,
  NOTIFICATION_OUTBOX: OUTBOX_FILE,
  MEDUSA_DISABLE_TELEMETRY: "true",
}

export async function seedCatalog(container: MedusaContainer) {
  await seed({ container, args: [] })
}

export async function publishableKey(container: MedusaContainer): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Medusa makes a default key of its own on a new database: take the storefront's, by title.
  const title = readStoreSeed().publishable_key_title
  const { data } = await query.graph({ entity: "api_key", fields: ["token"], filters: { type: "publishable", title } })
  if (!data[0]) throw new Error("no publishable key: was the catalog seeded?")
  return data[0].token
}

type AxiosLikeError = { response?: { status: number; data: { message?: string } } }

/** The HTTP status and message of a request expected to fail (200 when it did not). */
export async function statusOf(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise
    return { status: 200, message: "" }
  } catch (e) {
    const res = (e as AxiosLikeError).response
    return { status: res?.status ?? 0, message: res?.data?.message ?? "" }
  }
}
