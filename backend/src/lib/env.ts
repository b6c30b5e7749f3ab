import path from "node:path"
import { z } from "zod"

/**
 * The one place the backend reads its environment. Embedded mode (the default for
 * `npm start`) has defaults for everything; production mode requires the real settings
 * and refuses to start with a message naming each one that is missing or wrong.
 */

const url = (what: string) => z.url({ message: `${what} must be a URL` })
const list = z
  .string()
  .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean).join(","))

const baseSchema = z.object({
  SEOGWIPO_MODE: z.enum(["embedded", "production"]).default("embedded"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: url("DATABASE_URL").optional(),
  DATABASE_SSL: z.enum(["true", "false"]).default("false"),
  REDIS_URL: url("REDIS_URL").optional(),
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  DISABLE_ADMIN: z.enum(["true", "false"]).default("false"),
  BACKEND_URL: url("BACKEND_URL").default("http://localhost:9000"),
  STOREFRONT_URL: url("STOREFRONT_URL").default("http://localhost:8000"),
  STORE_CORS: list.optional(),
  ADMIN_CORS: list.optional(),
  AUTH_CORS: list.optional(),
  JWT_SECRET: z.string().optional(),
  COOKIE_SECRET: z.string().optional(),
  /** Where uploaded files (product photos) are written; the launcher keeps them under .data/. */
  FILE_UPLOAD_DIR: z.string().min(1).optional(),
  /** Base URL of uploaded files (absolute: Medusa's local file provider requires it). */
  FILE_BASE_URL: z.string().min(1).optional(),
  /** The outbox file the local notification provider appends e-mails to (one JSON line each). */
  NOTIFICATION_OUTBOX: z.string().min(1).optional(),
  /** Shared with the storefront: lets the backend tell it which cached pages changed. */
  REVALIDATE_SECRET: z.string().min(16, "REVALIDATE_SECRET must be at least 16 characters").optional(),
  /** Production search engine; unset: the embedded Korean search in the server's memory. */
  MEILISEARCH_HOST: url("MEILISEARCH_HOST").optional(),
  MEILISEARCH_API_KEY: z.string().min(1).optional(),
  /** Prefix of the index names, when several shops share one Meilisearch. */
  MEILISEARCH_INDEX_PREFIX: z.string().regex(/^[a-z0-9_-]+$/, "MEILISEARCH_INDEX_PREFIX: lower-case letters, digits, _ and - only").optional(),
  LOG_LEVEL: z.enum(["error", "warn", "info", "http", "verbose", "debug", "silly"]).optional(),
})

const productionRules = baseSchema.superRefine((env, ctx) => {
  if (env.SEOGWIPO_MODE !== "production") return
  const need = (key: keyof typeof env, why: string) => {
    if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: `${key} is required in production: ${why}` })
  }
  need("DATABASE_URL", "the PostgreSQL connection URL")
  need("REDIS_URL", "event bus, workflow engine, locking and caching are shared through Redis")
  need("MEILISEARCH_HOST", "the embedded search index lives in one process; server and worker share Meilisearch")
  need("STORE_CORS", "the storefront origins")
  need("ADMIN_CORS", "the admin origins")
  need("AUTH_CORS", "the origins allowed to authenticate")
  for (const key of ["JWT_SECRET", "COOKIE_SECRET"] as const) {
    const value = env[key]
    if (!value || value.length < 32) {
      ctx.addIssue({ code: "custom", path: [key], message: `${key} must be a random string of at least 32 characters in production` })
    }
  }
})

export type Environment = z.infer<typeof baseSchema> & {
  FILE_BASE_URL: string
  NOTIFICATION_OUTBOX: string
  DATABASE_URL: string
  STORE_CORS: string
  ADMIN_CORS: string
  AUTH_CORS: string
  JWT_SECRET: string
  COOKIE_SECRET: string
}

export class EnvironmentError extends Error {}

/** Embedded defaults: the launcher passes DATABASE_URL and generated secrets; these only cover direct runs. */
const EMBEDDED_DATABASE_URL = "postgres://postgres:postgres@localhost:5432/seogwipo_in"
const EMBEDDED_SECRET = "embedded-mode-only-not-for-production"

export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const parsed = productionRules.safeParse(source)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "environment"}: ${i.message}`)
    throw new EnvironmentError(`서귀포in backend: invalid environment\n${lines.join("\n")}`)
  }
  const env = parsed.data
  const origins = `${env.STOREFRONT_URL},${env.BACKEND_URL}`
  return {
    ...env,
    DATABASE_URL: env.DATABASE_URL ?? EMBEDDED_DATABASE_URL,
    STORE_CORS: env.STORE_CORS ?? env.STOREFRONT_URL,
    ADMIN_CORS: env.ADMIN_CORS ?? origins,
    AUTH_CORS: env.AUTH_CORS ?? origins,
    FILE_BASE_URL: env.FILE_BASE_URL ?? `${env.BACKEND_URL}/static`,
    NOTIFICATION_OUTBOX: path.resolve(env.NOTIFICATION_OUTBOX ?? "outbox.jsonl"),
    JWT_SECRET: env.JWT_SECRET ?? EMBEDDED_SECRET,
    COOKIE_SECRET: env.COOKIE_SECRET ?? EMBEDDED_SECRET,
  }
}
