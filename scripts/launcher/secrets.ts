import { randomBytes } from "node:crypto"
import { chmod } from "node:fs/promises"
import { z } from "zod"
import { readJson, writeJson } from "./json-file"

export const ADMIN_EMAIL = "admin@seogwipo.go.kr"
/** A login for a seeded farm's portal, so a newcomer can try /farmer at once. */
export const DEMO_FARMER_EMAIL = "farmer@namwon.example"

const secretsSchema = z.object({
  jwtSecret: z.string().min(64),
  cookieSecret: z.string().min(64),
  postgresPassword: z.string().min(24),
  adminEmail: z.email(),
  adminPassword: z.string().min(12),
  // Added after the first release: data folders made before have none until the next start.
  farmerEmail: z.email().optional(),
  farmerPassword: z.string().min(12).optional(),
  createdAt: z.string(),
})

export type Secrets = Required<z.infer<typeof secretsSchema>>

function generate(): Secrets {
  return {
    jwtSecret: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("hex"),
    // hex: safe inside a connection URL without escaping
    postgresPassword: randomBytes(24).toString("hex"),
    adminEmail: ADMIN_EMAIL,
    adminPassword: randomBytes(12).toString("base64url"),
    ...demoFarmer(),
    createdAt: new Date().toISOString(),
  }
}

function demoFarmer() {
  return { farmerEmail: DEMO_FARMER_EMAIL, farmerPassword: randomBytes(12).toString("base64url") }
}

/**
 * The secrets of one data directory, generated on first start and kept in <dataDir>/secrets.json
 * (mode 0600, never committed: .data/ is git-ignored).
 */
export async function loadOrCreateSecrets(file: string): Promise<{ secrets: Secrets; created: boolean }> {
  const existing = await readJson(file, secretsSchema)
  if (existing) {
    if (existing.farmerEmail && existing.farmerPassword) {
      await chmod(file, 0o600)
      return { secrets: { ...existing, farmerEmail: existing.farmerEmail, farmerPassword: existing.farmerPassword }, created: false }
    }
    const completed = { ...existing, ...demoFarmer() }
    await writeJson(file, completed, 0o600)
    return { secrets: completed, created: false }
  }
  const secrets = generate()
  await writeJson(file, secrets, 0o600)
  return { secrets, created: true }
}
