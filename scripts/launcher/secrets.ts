import { randomBytes } from "node:crypto"
import { chmod } from "node:fs/promises"
import { z } from "zod"
import { readJson, writeJson } from "./json-file"

export const ADMIN_EMAIL = "admin@seogwipo.go.kr"

const secretsSchema = z.object({
  jwtSecret: z.string().min(64),
  cookieSecret: z.string().min(64),
  postgresPassword: z.string().min(24),
  adminEmail: z.email(),
  adminPassword: z.string().min(12),
  createdAt: z.string(),
})

export type Secrets = z.infer<typeof secretsSchema>

function generate(): Secrets {
  return {
    jwtSecret: randomBytes(32).toString("hex"),
    cookieSecret: randomBytes(32).toString("hex"),
    // hex: safe inside a connection URL without escaping
    postgresPassword: randomBytes(24).toString("hex"),
    adminEmail: ADMIN_EMAIL,
    adminPassword: randomBytes(12).toString("base64url"),
    createdAt: new Date().toISOString(),
  }
}

/**
 * The secrets of one data directory, generated on first start and kept in <dataDir>/secrets.json
 * (mode 0600, never committed: .data/ is git-ignored).
 */
export async function loadOrCreateSecrets(file: string): Promise<{ secrets: Secrets; created: boolean }> {
  const existing = await readJson(file, secretsSchema)
  if (existing) {
    await chmod(file, 0o600)
    return { secrets: existing, created: false }
  }
  const secrets = generate()
  await writeJson(file, secrets, 0o600)
  return { secrets, created: true }
}
