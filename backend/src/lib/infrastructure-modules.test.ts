import { describe, expect, it } from "vitest"
import { infrastructureModules } from "./infrastructure-modules"

const REDIS_URL = "redis://redis.internal:6379/2"

describe("infrastructureModules", () => {
  it("configures nothing without REDIS_URL: Medusa keeps its in-process defaults", () => {
    expect(infrastructureModules({ REDIS_URL: undefined })).toEqual([])
  })

  it("puts the event bus, workflow engine, locking and caching on Redis with REDIS_URL", () => {
    const modules = infrastructureModules({ REDIS_URL })
    const byResolve = new Map(modules.map((m) => [m.resolve, m]))
    expect([...byResolve.keys()].sort()).toEqual(
      [
        "@medusajs/medusa/caching",
        "@medusajs/medusa/event-bus-redis",
        "@medusajs/medusa/locking",
        "@medusajs/medusa/workflow-engine-redis",
      ].sort(),
    )
    expect(byResolve.get("@medusajs/medusa/event-bus-redis")?.options).toEqual({ redisUrl: REDIS_URL })
    expect(byResolve.get("@medusajs/medusa/workflow-engine-redis")?.options).toEqual({ redis: { redisUrl: REDIS_URL } })
    for (const [module, provider] of [
      ["@medusajs/medusa/locking", "@medusajs/medusa/locking-redis"],
      ["@medusajs/medusa/caching", "@medusajs/medusa/caching-redis"],
    ] as const) {
      expect(byResolve.get(module)?.options, module).toEqual({
        providers: [expect.objectContaining({ resolve: provider, is_default: true, options: { redisUrl: REDIS_URL } })],
      })
    }
  })

  it("uses exactly the URL it was given in every module", () => {
    const text = JSON.stringify(infrastructureModules({ REDIS_URL }))
    expect(text.match(/redis:\/\/[^"]+/g)).toEqual(Array(4).fill(REDIS_URL))
  })
})
