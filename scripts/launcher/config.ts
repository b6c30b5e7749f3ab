import path from "node:path"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { z } from "zod"
import { bilingual, LauncherError } from "./log"

/** The repository root, found from this file's place (scripts/launcher/), wherever the checkout lives. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

export const DEFAULT_BACKEND_PORT = 9000
export const DEFAULT_STOREFRONT_PORT = 8000
export const DEFAULT_POSTGRES_PORT = 54329

const port = (name: string) =>
  z.coerce
    .number({ message: `${name} must be a number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`)

const startSchema = z
  .object({
    mode: z.enum(["production", "dev"]),
    backendPort: port("backend port"),
    storefrontPort: port("storefront port"),
    postgresPort: port("postgres port"),
    dataDir: z.string().min(1),
  })
  .refine((o) => o.backendPort !== o.storefrontPort, {
    message: "the backend and storefront ports must differ",
    path: ["storefrontPort"],
  })

export type StartOptions = z.infer<typeof startSchema>

export const START_USAGE = `Usage: npm start [-- options]      (npm run dev: the same with --dev)
  --dev                    medusa develop + next dev instead of production builds
  --backend-port <n>       backend (API + admin) port   [env SEOGWIPO_BACKEND_PORT, default ${DEFAULT_BACKEND_PORT}]
  --storefront-port <n>    storefront (shop) port       [env SEOGWIPO_STOREFRONT_PORT, default ${DEFAULT_STOREFRONT_PORT}]
  --postgres-port <n>      preferred PostgreSQL port    [env SEOGWIPO_PG_PORT, default ${DEFAULT_POSTGRES_PORT}; another free one if taken]
Data directory: env SEOGWIPO_DATA_DIR (default <repo>/.data).`

function parse<T>(run: () => T, usage: string): T {
  try {
    return run()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new LauncherError(bilingual(`잘못된 옵션입니다: ${reason}`, `Invalid option: ${reason}`) + `\n\n${usage}`, 2)
  }
}

function dataDirFrom(env: NodeJS.ProcessEnv): string {
  const configured = env.SEOGWIPO_DATA_DIR?.trim()
  return path.resolve(configured ? configured : path.join(repoRoot, ".data"))
}

/** Reads the launcher options: flag, then environment variable, then default. Returns undefined for --help. */
export function readStartOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): StartOptions | undefined {
  const { values } = parse(
    () =>
      parseArgs({
        args: argv,
        strict: true,
        options: {
          dev: { type: "boolean", default: false },
          help: { type: "boolean", short: "h", default: false },
          "backend-port": { type: "string" },
          "storefront-port": { type: "string" },
          "postgres-port": { type: "string" },
        },
      }),
    START_USAGE,
  )
  if (values.help) return undefined
  const result = startSchema.safeParse({
    mode: values.dev ? "dev" : "production",
    backendPort: values["backend-port"] ?? env.SEOGWIPO_BACKEND_PORT ?? DEFAULT_BACKEND_PORT,
    storefrontPort: values["storefront-port"] ?? env.SEOGWIPO_STOREFRONT_PORT ?? DEFAULT_STOREFRONT_PORT,
    postgresPort: values["postgres-port"] ?? env.SEOGWIPO_PG_PORT ?? DEFAULT_POSTGRES_PORT,
    dataDir: dataDirFrom(env),
  })
  if (!result.success) {
    const reasons = result.error.issues.map((i) => i.message).join("; ")
    throw new LauncherError(bilingual(`잘못된 옵션입니다: ${reasons}`, `Invalid option: ${reasons}`) + `\n\n${START_USAGE}`, 2)
  }
  return result.data
}

export interface ResetOptions {
  yes: boolean
  dataDir: string
}

export const RESET_USAGE = `Usage: npm run reset [-- --yes]
  Deletes the data directory (database, secrets, admin password) after a y/N question.
  --yes, -y    do not ask
Data directory: env SEOGWIPO_DATA_DIR (default <repo>/.data).`

export function readResetOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): ResetOptions | undefined {
  const { values } = parse(
    () =>
      parseArgs({
        args: argv,
        strict: true,
        options: {
          yes: { type: "boolean", short: "y", default: false },
          help: { type: "boolean", short: "h", default: false },
        },
      }),
    RESET_USAGE,
  )
  if (values.help) return undefined
  return { yes: values.yes, dataDir: dataDirFrom(env) }
}
