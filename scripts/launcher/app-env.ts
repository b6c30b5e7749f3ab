import { createHash } from "node:crypto"
import type { Secrets } from "./secrets"

export type Mode = "production" | "dev"

export interface Addresses {
  backendPort: number
  storefrontPort: number
  backendUrl: string
  storefrontUrl: string
  adminUrl: string
}

export function addresses(backendPort: number, storefrontPort: number): Addresses {
  const backendUrl = `http://localhost:${backendPort}`
  return {
    backendPort,
    storefrontPort,
    backendUrl,
    storefrontUrl: `http://localhost:${storefrontPort}`,
    adminUrl: `${backendUrl}/app`,
  }
}

/** The backend and storefront share it for cache revalidation; derived, so secrets.json stays as it is. */
export function revalidateSecret(secrets: Secrets): string {
  return createHash("sha256").update(`revalidate:${secrets.cookieSecret}`).digest("hex")
}

const nodeEnv = (mode: Mode) => (mode === "production" ? "production" : "development")

/** The environment of every backend command (build, migrate, seed, user) and of the server itself. */
export function backendEnv(mode: Mode, databaseUrl: string, secrets: Secrets, at: Addresses, uploadsDir: string, outboxFile: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: nodeEnv(mode),
    SEOGWIPO_MODE: "embedded",
    PORT: String(at.backendPort),
    DATABASE_URL: databaseUrl,
    JWT_SECRET: secrets.jwtSecret,
    COOKIE_SECRET: secrets.cookieSecret,
    BACKEND_URL: at.backendUrl,
    STOREFRONT_URL: at.storefrontUrl,
    FILE_UPLOAD_DIR: uploadsDir,
    NOTIFICATION_OUTBOX: outboxFile,
    MEDUSA_DISABLE_TELEMETRY: "true",
    REVALIDATE_SECRET: revalidateSecret(secrets),
  }
}

/** The storefront's environment: backend address and publishable key are read per request, not at build. */
export function storefrontEnv(mode: Mode, at: Addresses, publishableKey: string | undefined, secrets: Secrets): NodeJS.ProcessEnv {
  return {
    ...process.env,
    REVALIDATE_SECRET: revalidateSecret(secrets),
    NODE_ENV: nodeEnv(mode),
    PORT: String(at.storefrontPort),
    MEDUSA_BACKEND_URL: at.backendUrl,
    MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
    ALLOW_LOCAL_IMAGES: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  }
}
