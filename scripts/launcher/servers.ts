import { rm } from "node:fs/promises"
import path from "node:path"
import type { Addresses, Mode } from "./app-env"
import type { Apps } from "./apps"
import { warn } from "./log"
import type { Child, Supervisor } from "./supervisor"
import { waitForHttp } from "./wait-http"

/**
 * The Medusa server: `medusa start` from the build output (.medusa/server) in production,
 * `medusa develop` from backend/ in dev mode. Resolves once GET /health answers 200.
 */
export async function startBackend(supervisor: Supervisor, apps: Apps, mode: Mode, env: NodeJS.ProcessEnv, at: Addresses): Promise<Child> {
  const child =
    mode === "production"
      ? supervisor.start("backend", apps.medusaBin, ["start"], { cwd: apps.backendServerDir, env, persistent: true })
      : supervisor.start("backend", apps.medusaBin, ["develop"], { cwd: apps.backendDir, env, persistent: true })
  await waitForHttp(`${at.backendUrl}/health`, child, mode === "production" ? 180_000 : 600_000)
  return child
}

/**
 * The Next.js storefront: storefront/server.mjs (production: Next plus brotli static files) or
 * `next dev`. Resolves once it answers.
 * Next keeps fetched data (.next/cache/fetch-cache) and pages rendered on request (product and
 * farm pages, .next/server/route-cache) across runs; they may belong to another database
 * (another data dir, or before a reset), so both are cleared first.
 */
export async function startStorefront(supervisor: Supervisor, apps: Apps, mode: Mode, env: NodeJS.ProcessEnv, at: Addresses): Promise<Child> {
  await rm(path.join(apps.storefrontDir, ".next", "cache", "fetch-cache"), { recursive: true, force: true })
  await rm(path.join(apps.storefrontDir, ".next", "server", "route-cache"), { recursive: true, force: true })
  const child =
    mode === "production"
      ? supervisor.start("storefront", process.execPath, ["server.mjs"], { cwd: apps.storefrontDir, env, persistent: true })
      : supervisor.start("storefront", apps.nextBin, ["dev", "-p", String(at.storefrontPort)], { cwd: apps.storefrontDir, env, persistent: true })
  const status = await waitForHttp(at.storefrontUrl, child, mode === "production" ? 120_000 : 600_000, () => true)
  if (status >= 500) warn(`the storefront answers ${at.storefrontUrl} with HTTP ${status}: see its output above`)
  return child
}
