import type { Apps } from "./apps"
import { userExists } from "./database"
import { info } from "./log"
import type { Secrets } from "./secrets"
import type { Supervisor } from "./supervisor"

/** Creates the department's admin user (medusa user) unless a user with its email exists. */
export async function ensureAdminUser(
  supervisor: Supervisor,
  apps: Apps,
  env: NodeJS.ProcessEnv,
  databaseUrl: string,
  secrets: Secrets,
): Promise<boolean> {
  if (await userExists(databaseUrl, secrets.adminEmail)) {
    info(`admin user ${secrets.adminEmail} exists`)
    return false
  }
  info(`creating the admin user ${secrets.adminEmail}…`)
  await supervisor.run("admin-user", apps.medusaBin, ["user", "-e", secrets.adminEmail, "-p", secrets.adminPassword], {
    cwd: apps.backendDir,
    env,
  })
  return true
}
