import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { loadEnvironment } from "../../backend/src/lib/env"
import { infrastructureModules } from "../../backend/src/lib/infrastructure-modules"
import { repoRoot } from "../../scripts/launcher/config"
import {
  composeConfig,
  composeInstalled,
  environmentOf,
  healthcheckText,
  INSTALL_HINT,
  parseConfig,
  REQUIRED_VARIABLES,
  type ComposeConfig,
  type RequiredVariable,
} from "./run-compose"

const LONG_RUNNING = ["postgres", "redis", "meilisearch", "backend-server", "backend-worker", "storefront"] as const
const BACKEND_SERVICES = ["migrate", "backend-server", "backend-worker"] as const

/** Fails (never skips) when docker-compose is missing, naming the install command. */
function requireCompose(): void {
  if (!composeInstalled()) throw new Error(INSTALL_HINT)
}

describe("docker-compose.yml, validated by docker-compose config", () => {
  let config: ComposeConfig

  beforeAll(() => {
    requireCompose()
    const run = composeConfig({ ...REQUIRED_VARIABLES })
    if (run.code !== 0) throw new Error(`docker-compose config failed (code ${run.code}):\n${run.stderr}`)
    config = parseConfig(run.stdout)
  })

  const service = (name: string) => {
    const found = config.services[name]
    if (!found) throw new Error(`service ${name} is missing`)
    return found
  }

  it("has the production services", () => {
    expect(Object.keys(config.services).sort()).toEqual(
      ["backend-server", "backend-worker", "meilisearch", "migrate", "postgres", "redis", "storefront"].sort(),
    )
  })

  it("gives every long-running service a health check and a restart policy", () => {
    for (const name of LONG_RUNNING) {
      const s = service(name)
      expect(s.healthcheck?.disable ?? false, name).toBe(false)
      expect(healthcheckText(s), name).not.toBe("")
      expect(["always", "unless-stopped", "on-failure"], name).toContain(s.restart)
    }
    expect(healthcheckText(service("postgres"))).toContain("pg_isready")
    expect(healthcheckText(service("redis"))).toContain("redis-cli ping")
    expect(healthcheckText(service("meilisearch"))).toContain("/health")
    expect(healthcheckText(service("backend-server"))).toContain(":9000/health")
    expect(healthcheckText(service("backend-worker"))).toContain(":9000/health")
    expect(healthcheckText(service("storefront"))).toContain(":8000/")
  })

  it("pins the infrastructure images", () => {
    expect(service("postgres").image).toMatch(/^postgres:1[78]\b/)
    expect(service("redis").image).toMatch(/^redis:7\b/)
    expect(service("meilisearch").image).toMatch(/^getmeili\/meilisearch:v1\.\d+/)
  })

  it("migrates once, before server and worker start", () => {
    const migrate = service("migrate")
    expect(migrate.command).toEqual(["medusa", "db:migrate"])
    expect(migrate.restart).toBe("no")
    for (const name of ["backend-server", "backend-worker"]) {
      expect(service(name).depends_on?.migrate?.condition, name).toBe("service_completed_successfully")
      expect(service(name).depends_on?.postgres?.condition, name).toBe("service_healthy")
      expect(service(name).depends_on?.redis?.condition, name).toBe("service_healthy")
    }
    expect(service("storefront").depends_on?.["backend-server"]?.condition).toBe("service_healthy")
  })

  it("runs Medusa in server and worker mode, the worker without the admin", () => {
    expect(environmentOf(service("backend-server")).MEDUSA_WORKER_MODE).toBe("server")
    expect(environmentOf(service("backend-server")).DISABLE_ADMIN).toBe("false")
    expect(environmentOf(service("backend-worker")).MEDUSA_WORKER_MODE).toBe("worker")
    expect(environmentOf(service("backend-worker")).DISABLE_ADMIN).toBe("true")
  })

  it("points DATABASE_URL, REDIS_URL and MEILISEARCH_HOST at the compose services", () => {
    for (const name of BACKEND_SERVICES) {
      const env = environmentOf(service(name))
      expect(env.SEOGWIPO_MODE, name).toBe("production")
      const database = new URL(env.DATABASE_URL ?? "")
      expect(database.hostname, name).toBe("postgres")
      expect(decodeURIComponent(database.password), name).toBe(REQUIRED_VARIABLES.POSTGRES_PASSWORD)
      expect(new URL(env.REDIS_URL ?? "").hostname, name).toBe("redis")
      expect(new URL(env.MEILISEARCH_HOST ?? "").hostname, name).toBe("meilisearch")
      expect(env.MEILISEARCH_API_KEY, name).toBe(REQUIRED_VARIABLES.MEILI_MASTER_KEY)
      expect(env.JWT_SECRET, name).toBe(REQUIRED_VARIABLES.JWT_SECRET)
      expect(env.COOKIE_SECRET, name).toBe(REQUIRED_VARIABLES.COOKIE_SECRET)
    }
    const storefront = environmentOf(service("storefront"))
    expect(new URL(storefront.MEDUSA_BACKEND_URL ?? "").hostname).toBe("backend-server")
    expect(storefront.MEDUSA_PUBLISHABLE_KEY).toBe(REQUIRED_VARIABLES.MEDUSA_PUBLISHABLE_KEY)
    expect(storefront.PORT).toBe("8000")
  })

  it("gives the backend an environment its production rules accept, with the Redis modules", () => {
    for (const name of BACKEND_SERVICES) {
      const env = loadEnvironment(environmentOf(service(name)))
      expect(env.SEOGWIPO_MODE).toBe("production")
      const modules = infrastructureModules(env).map((m) => m.resolve)
      expect(modules, name).toContain("@medusajs/medusa/locking")
      expect(modules, name).toContain("@medusajs/medusa/event-bus-redis")
    }
  })

  it("builds the images from the repository root with the two Dockerfiles", () => {
    for (const [name, dockerfile] of [
      ["backend-server", "backend/Dockerfile"],
      ["backend-worker", "backend/Dockerfile"],
      ["migrate", "backend/Dockerfile"],
      ["storefront", "storefront/Dockerfile"],
    ] as const) {
      const build = service(name).build
      expect(build && path.resolve(build.context), name).toBe(path.resolve(repoRoot))
      expect(build?.dockerfile, name).toBe(dockerfile)
      expect(existsSync(path.join(repoRoot, dockerfile)), dockerfile).toBe(true)
    }
    const ignored = readFileSync(path.join(repoRoot, ".dockerignore"), "utf8")
    expect(ignored).toMatch(/node_modules/)
    expect(ignored).toMatch(/\.data/)
  })
})

describe("docker-compose.yml without a required secret", () => {
  const names = Object.keys(REQUIRED_VARIABLES) as RequiredVariable[]

  it("refuses every missing required variable, naming it", { timeout: 120_000 }, () => {
    requireCompose()
    for (const missing of names) {
      const variables: Record<string, string> = { ...REQUIRED_VARIABLES }
      delete variables[missing]
      const run = composeConfig(variables, ["-q"])
      expect(run.code, missing).not.toBe(0)
      // The error ends with the message of the first `${VAR:?message}` it met: "… in service "x": set VAR …".
      expect(run.stderr, missing).toMatch(new RegExp(`Missing mandatory value[\\s\\S]*: set ${missing}\\b`))
    }
  })
})
