import type { Apps } from "./apps"
import { farmMemberExists, userExists } from "./database"
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

export const DEMO_FARMER_SCRIPT = "./src/scripts/demo-farmer.ts"

/** Gives a seeded farm (남원 햇살과수원) a portal login, unless that login exists. */
export async function ensureDemoFarmer(supervisor: Supervisor, apps: Apps, env: NodeJS.ProcessEnv, databaseUrl: string, secrets: Secrets): Promise<boolean> {
  if (await farmMemberExists(databaseUrl, secrets.farmerEmail)) return false
  info(`creating the demo farmer login ${secrets.farmerEmail}…`)
  await supervisor.run("demo-farmer", apps.medusaBin, ["exec", DEMO_FARMER_SCRIPT], {
    cwd: apps.backendDir,
    env: { ...env, DEMO_FARMER_EMAIL: secrets.farmerEmail, DEMO_FARMER_PASSWORD: secrets.farmerPassword },
  })
  return true
}
