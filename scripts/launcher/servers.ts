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
 * The Next.js storefront: `next start` (production) or `next dev`. Resolves once it answers.
 * Next keeps fetched data in .next/cache/fetch-cache across runs; it may belong to another
 * database (another data dir, or before a reset), so it is cleared first.
 */
export async function startStorefront(supervisor: Supervisor, apps: Apps, mode: Mode, env: NodeJS.ProcessEnv, at: Addresses): Promise<Child> {
  await rm(path.join(apps.storefrontDir, ".next", "cache", "fetch-cache"), { recursive: true, force: true })
  const args = [mode === "production" ? "start" : "dev", "-p", String(at.storefrontPort)]
  const child = supervisor.start("storefront", apps.nextBin, args, { cwd: apps.storefrontDir, env, persistent: true })
  const status = await waitForHttp(at.storefrontUrl, child, mode === "production" ? 120_000 : 600_000, () => true)
  if (status >= 500) warn(`the storefront answers ${at.storefrontUrl} with HTTP ${status}: see its output above`)
  return child
}
