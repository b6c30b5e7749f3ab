import type { Apps } from "./apps"
import { productCount } from "./database"
import { info } from "./log"
import { readState, writeState } from "./state"
import type { Supervisor } from "./supervisor"

/**
 * `medusa db:migrate` when the database is new, was never fully migrated, or the backend's
 * sources (hash) changed since the last migration; skipped otherwise (it costs ~15 s).
 */
export async function migrateIfNeeded(
  supervisor: Supervisor,
  apps: Apps,
  env: NodeJS.ProcessEnv,
  o: { stateFile: string; databaseUrl: string; databaseCreated: boolean; backendHash: string },
): Promise<void> {
  const state = await readState(o.stateFile)
  const migrated = (await productCount(o.databaseUrl)) !== undefined
  if (!o.databaseCreated && migrated && state.migratedBackendHash === o.backendHash) {
    info("database schema is up to date (backend unchanged since the last migration)")
    return
  }
  info(o.databaseCreated ? "new database: running migrations…" : "backend changed: running migrations…")
  const started = Date.now()
  await supervisor.run("migrate", apps.medusaBin, ["db:migrate"], { cwd: apps.backendDir, env })
  await writeState(o.stateFile, { ...state, migratedBackendHash: o.backendHash })
  info(`migrations done in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
