import type { SearchTypes } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { catalogDocuments } from "../../lib/korean-search/catalogDocuments"
import queries from "../../lib/korean-search/queries.json"
import { toSearchDocument } from "../../lib/product-search-document"
import { loadCatalog } from "../../scripts/seed/load-catalog"
import MeilisearchSearchProvider from "./service"
import { productDefinition } from "./test-fixtures"

/**
 * The shared Korean query set (queries.json, as in queries.test.ts) against a real Meilisearch
 * holding the seeded catalog. Runs only with MEILISEARCH_HOST (and MEILISEARCH_API_KEY when the
 * server has a key), e.g. against the docker-compose service; skipped otherwise, never passed.
 */

interface QueryCase {
  query: string
  kind: string
  top3?: string[]
  anyOf?: string[]
}

const host = process.env.MEILISEARCH_HOST
if (!host) console.log("Meilisearch contract: skipped (MEILISEARCH_HOST not set)")

const cases: QueryCase[] = queries
const definition = productDefinition({ physical_name: `product_contract_${process.pid}` })

describe.skipIf(!host)("Meilisearch contract: the Korean query set over the seeded catalog", () => {
  const provider = new MeilisearchSearchProvider(undefined, {
    host: host ?? "http://localhost:7700",
    apiKey: process.env.MEILISEARCH_API_KEY,
    indexPrefix: "seogwipoin_test",
  })
  const index = definition.physical_name

  beforeAll(async () => {
    await provider.upsertIndex({ index: definition })
    const documents = catalogDocuments(loadCatalog()).map((p) => toSearchDocument(p, { thumbnail: null, sales_channel_ids: [] }))
    const written = await provider.waitForTask(await provider.upsertDocuments({ index, definition, documents }))
    expect(written).toMatchObject({ status: "succeeded" })
    const [info] = (await provider.listIndexes()).filter((i) => i.name === index)
    expect(info?.document_count).toBe(documents.length)
  }, 180_000)

  afterAll(async () => {
    await provider.waitForTask(await provider.deleteIndex({ index }))
  }, 60_000)

  const search = async (q: string): Promise<string[]> => {
    const input: SearchTypes.ProviderSearchQuery = {
      index: definition,
      attributes_to_retrieve: ["handle"],
      q,
      pagination: { skip: 0, take: 100 },
    }
    const result = await provider.search(input)
    return result.hits.map((h) => String(h.document.handle))
  }

  it.each(cases.map((c) => [`${c.kind}: ${c.query}`, c] as const))("%s", async (_, c) => {
    const first3 = (await search(c.query)).slice(0, 3)
    for (const h of c.top3 ?? []) expect(first3, `${h} in the top 3`).toContain(h)
    if (c.anyOf) expect(c.anyOf.some((h) => first3.includes(h)), `one of ${c.anyOf.join(", ")} in the top 3: ${first3}`).toBe(true)
  })
})
