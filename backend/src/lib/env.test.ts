import path from "node:path"
import { describe, expect, it } from "vitest"
import { EnvironmentError, loadEnvironment } from "./env"

const SECRET = "0123456789abcdef0123456789abcdef"

/** A complete production environment, as docker-compose.yml gives it. */
const production = {
  SEOGWIPO_MODE: "production",
  DATABASE_URL: "postgres://seogwipo:pw@postgres:5432/seogwipo_in",
  REDIS_URL: "redis://redis:6379",
  MEILISEARCH_HOST: "http://meilisearch:7700",
  JWT_SECRET: SECRET,
  COOKIE_SECRET: `${SECRET}-cookie`,
  STORE_CORS: "https://shop.example",
  ADMIN_CORS: "https://api.example",
  AUTH_CORS: "https://shop.example,https://api.example",
  BACKEND_URL: "https://api.example",
  STOREFRONT_URL: "https://shop.example",
}

function errorOf(run: () => unknown): Error {
  try {
    run()
  } catch (error) {
    if (error instanceof Error) return error
    throw error
  }
  throw new Error("expected an error")
}

describe("loadEnvironment", () => {
  it("works with an empty environment, on the embedded defaults", () => {
    const env = loadEnvironment({})
    expect(env.SEOGWIPO_MODE).toBe("embedded")
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\//)
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
    expect(env.DISABLE_ADMIN).toBe("false")
    expect(env.STORE_CORS).toBe(env.STOREFRONT_URL)
    expect(env.ADMIN_CORS).toContain(env.BACKEND_URL)
    expect(env.JWT_SECRET.length).toBeGreaterThan(0)
    expect(env.COOKIE_SECRET.length).toBeGreaterThan(0)
    expect(env.FILE_BASE_URL).toMatch(/\/static$/)
    expect(env.NOTIFICATION_OUTBOX).toBe(path.resolve("outbox.jsonl"))
  })

  it("keeps the notification outbox where NOTIFICATION_OUTBOX says, as an absolute path", () => {
    expect(loadEnvironment({ NOTIFICATION_OUTBOX: "/srv/data/outbox.jsonl" }).NOTIFICATION_OUTBOX).toBe("/srv/data/outbox.jsonl")
  })

  it("refuses production mode with nothing else, naming every missing setting", () => {
    const error = errorOf(() => loadEnvironment({ SEOGWIPO_MODE: "production" }))
    expect(error).toBeInstanceOf(EnvironmentError)
    for (const name of ["DATABASE_URL", "REDIS_URL", "MEILISEARCH_HOST", "JWT_SECRET", "COOKIE_SECRET", "STORE_CORS", "ADMIN_CORS", "AUTH_CORS"]) {
      expect(error.message).toContain(name)
    }
  })

  it("accepts a complete production environment as given", () => {
    const env = loadEnvironment(production)
    expect(env.DATABASE_URL).toBe(production.DATABASE_URL)
    expect(env.REDIS_URL).toBe(production.REDIS_URL)
    expect(env.AUTH_CORS).toBe("https://shop.example,https://api.example")
    expect(env.FILE_BASE_URL).toBe("https://api.example/static")
  })

  it("tidies comma-separated CORS lists", () => {
    expect(loadEnvironment({ ...production, STORE_CORS: " https://a.example , https://b.example ," }).STORE_CORS).toBe(
      "https://a.example,https://b.example",
    )
  })

  it("refuses a short JWT_SECRET in production", () => {
    const error = errorOf(() => loadEnvironment({ ...production, JWT_SECRET: "too-short" }))
    expect(error.message).toContain("JWT_SECRET")
    expect(error.message).toContain("32")
    expect(error.message).not.toContain("COOKIE_SECRET")
  })

  it("refuses a REDIS_URL that is not a URL, naming it", () => {
    const error = errorOf(() => loadEnvironment({ ...production, REDIS_URL: "redis at port 6379" }))
    expect(error.message).toContain("REDIS_URL")
    expect(error.message).not.toContain("DATABASE_URL")
  })

  it("refuses an unknown worker mode", () => {
    expect(() => loadEnvironment({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })
})
