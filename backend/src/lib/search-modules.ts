import { Modules } from "@medusajs/framework/utils"
import type { Environment } from "./env"

type ModuleEntry = { resolve: string; key?: string; options?: Record<string, unknown> }

/**
 * Medusa's Search Module with the provider the environment picks (index: src/search/product.ts):
 * - embedded (default, `npm start`): the Korean engine in this process's memory;
 * - Meilisearch when MEILISEARCH_HOST is set (production: docker-compose wires it), needed as
 *   soon as the server and the worker run as separate processes.
 */
export function searchModules(env: Pick<Environment, "MEILISEARCH_HOST" | "MEILISEARCH_API_KEY" | "MEILISEARCH_INDEX_PREFIX">): ModuleEntry[] {
  const provider = env.MEILISEARCH_HOST
    ? {
        resolve: "./src/modules/search-meilisearch",
        id: "meilisearch",
        options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY, indexPrefix: env.MEILISEARCH_INDEX_PREFIX },
      }
    : { resolve: "./src/modules/search-embedded", id: "embedded" }
  return [{ resolve: "@medusajs/medusa/search", key: Modules.SEARCH, options: { providers: [provider] } }]
}
