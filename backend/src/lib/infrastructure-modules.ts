import type { Environment } from "./env"

type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

/**
 * Without REDIS_URL (the embedded default) Medusa keeps its event bus, workflow engine,
 * locking and cache in process. With REDIS_URL they are shared through Redis, which is what
 * lets several server and worker processes run side by side without overselling.
 */
export function infrastructureModules(env: Pick<Environment, "REDIS_URL">): ModuleEntry[] {
  const redisUrl = env.REDIS_URL
  if (!redisUrl) return []
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
    {
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
      },
    },
  ]
}
