import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { parse } from "yaml"
import { z } from "zod"
import { repoRoot } from "../../scripts/launcher/config"

export const COMPOSE_FILE = path.join(repoRoot, "docker-compose.yml")

export const INSTALL_HINT =
  "docker-compose is not installed: the production compose file cannot be validated. Install it with: apt-get update && apt-get install -y docker-compose"

/** Dummy values for every variable the compose file requires (`${VAR:?…}`). */
export const REQUIRED_VARIABLES = {
  POSTGRES_PASSWORD: "dummy-postgres-password-0123456789abcdef",
  JWT_SECRET: "dummy-jwt-secret-0123456789abcdef0123456789",
  COOKIE_SECRET: "dummy-cookie-secret-0123456789abcdef01234567",
  MEILI_MASTER_KEY: "dummy-meili-master-key-0123456789",
  MEDUSA_PUBLISHABLE_KEY: "pk_dummy0123456789",
  BACKEND_URL: "https://api.seogwipo-in.example",
  STOREFRONT_URL: "https://seogwipo-in.example",
  STORE_CORS: "https://seogwipo-in.example",
  ADMIN_CORS: "https://api.seogwipo-in.example",
  AUTH_CORS: "https://seogwipo-in.example,https://api.seogwipo-in.example",
} as const

export type RequiredVariable = keyof typeof REQUIRED_VARIABLES

export interface ComposeRun {
  code: number | null
  stdout: string
  stderr: string
}

export function composeInstalled(): boolean {
  const probe = spawnSync("docker-compose", ["version", "--short"], { encoding: "utf8" })
  return !probe.error && probe.status === 0
}

/**
 * `docker-compose config` with only PATH, HOME and the given variables, and an empty env file, so
 * neither the caller's environment nor a developer's .env beside the compose file leaks in.
 */
export function composeConfig(variables: Record<string, string>, extraArgs: string[] = []): ComposeRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), "seogwipo-compose-"))
  const envFile = path.join(dir, "empty.env")
  writeFileSync(envFile, "")
  try {
    const result = spawnSync("docker-compose", ["--env-file", envFile, "-f", COMPOSE_FILE, "config", ...extraArgs], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? dir, ...variables },
      encoding: "utf8",
      timeout: 60_000,
    })
    if (result.error) throw result.error
    return { code: result.status, stdout: result.stdout, stderr: result.stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const environmentSchema = z.record(z.string(), z.union([z.string(), z.number(), z.null()]))

const serviceSchema = z.object({
  image: z.string().optional(),
  build: z.object({ context: z.string(), dockerfile: z.string().optional() }).optional(),
  command: z.union([z.string(), z.array(z.string())]).optional(),
  environment: environmentSchema.optional(),
  healthcheck: z.object({ test: z.union([z.string(), z.array(z.string())]), disable: z.boolean().optional() }).optional(),
  restart: z.string().optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  deploy: z.object({ replicas: z.number().optional() }).optional(),
  volumes: z.array(z.unknown()).optional(),
})

const configSchema = z.object({
  services: z.record(z.string(), serviceSchema),
  volumes: z.record(z.string(), z.unknown()).optional(),
})

export type ComposeService = z.infer<typeof serviceSchema>
export type ComposeConfig = z.infer<typeof configSchema>

export function parseConfig(yamlText: string): ComposeConfig {
  return configSchema.parse(parse(yamlText))
}

/** A service's environment as plain strings; pass-through entries (null: unset here) are left out. */
export function environmentOf(service: ComposeService | undefined): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(service?.environment ?? {})) {
    if (value !== null) result[key] = String(value)
  }
  return result
}

export function healthcheckText(service: ComposeService | undefined): string {
  const test = service?.healthcheck?.test ?? []
  return Array.isArray(test) ? test.join(" ") : test
}
