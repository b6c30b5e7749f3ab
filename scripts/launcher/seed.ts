import type { Apps } from "./apps"
import { productCount } from "./database"
import { info } from "./log"
import type { Supervisor } from "./supervisor"

export const SEED_SCRIPT = "./src/scripts/seed.ts"

/**
 * Seeds the 서귀포in catalog only when the database has no product at all: never twice, and never
 * over a catalog the department has edited. (The seed script is itself idempotent.)
 */
export async function seedIfEmpty(supervisor: Supervisor, apps: Apps, env: NodeJS.ProcessEnv, databaseUrl: string): Promise<boolean> {
  const count = await productCount(databaseUrl)
  if (count !== undefined && count > 0) {
    info(`catalog already has ${count} products: not seeding`)
    return false
  }
  info("empty catalog: seeding the 서귀포in catalog…")
  await supervisor.run("seed", apps.medusaBin, ["exec", SEED_SCRIPT], { cwd: apps.backendDir, env })
  info(`seeded: ${(await productCount(databaseUrl)) ?? 0} products`)
  return true
}
