import type { SearchTypes } from "@medusajs/framework/types"
import type { SearchParams } from "meilisearch" with { "resolution-mode": "import" }
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import MeilisearchSearchProvider from "./service"
import { buildSettings } from "./settings"
import { startStandIn, type Call, type StandIn } from "./test-stand-in"
import { productDefinition } from "./test-fixtures"

/**
 * The provider with the real `meilisearch` client, against a node:http stand-in that records
 * what the client sends: no Meilisearch server runs on this machine (see contract.test.ts).
 */
const NOTE = "(Meilisearch stand-in: no server on this machine)"
const KEY = "test-master-key"
const definition = productDefinition()
const UID = "shop_product_v1"

let stand: StandIn
let provider: MeilisearchSearchProvider
const make = (apiKey = KEY) => new MeilisearchSearchProvider(undefined, { host: stand.host, apiKey, indexPrefix: "shop" })
const doc = (i: number): SearchTypes.SearchDocument => ({ id: `p${i}`, title: `상품 ${i}`, price: i })
const route = (c: Call) => `${c.method} ${c.path}`
const writes = () => stand.calls.filter((c) => !c.path.startsWith("/tasks/")).map(route)

beforeEach(async () => {
  stand = await startStandIn(KEY)
  provider = make()
})
afterEach(() => stand.close())

describe("MeilisearchSearchProvider wiring", () => {
  it(`creates the index with its primary key, applies the settings and waits for both ${NOTE}`, async () => {
    await expect(provider.upsertIndex({ index: definition })).resolves.toMatchObject({ index: "product_v1", status: "succeeded" })
    expect(stand.calls.map(route)).toEqual([
      "POST /indexes",
      "GET /tasks/0",
      "GET /tasks/0",
      `PATCH /indexes/${UID}/settings`,
      "GET /tasks/1",
      "GET /tasks/1",
    ])
    expect(stand.calls[0].body).toEqual({ uid: UID, primaryKey: "id" })
    expect(stand.calls[3].body).toEqual(buildSettings(definition))
    expect(stand.calls.every((c) => c.authorization === `Bearer ${KEY}`)).toBe(true)
    // Again (db:migrate twice): the index exists, which is fine, and its settings are applied again.
    await expect(provider.upsertIndex({ index: definition })).resolves.toMatchObject({ status: "succeeded" })
    expect(writes().slice(2)).toEqual(["POST /indexes", `PATCH /indexes/${UID}/settings`])
  })

  it(`writes documents in batches as one task, and lists its indexes with their counts ${NOTE}`, async () => {
    const documents = Array.from({ length: 2500 }, (_, i) => doc(i))
    const task = await provider.upsertDocuments({ index: "product_v1", definition, documents })
    expect(task).toEqual({ id: "0,1,2", index: "product_v1", status: "enqueued" })
    const batches = stand.calls.filter((c) => c.path === `/indexes/${UID}/documents`)
    expect(batches.map((c) => [c.query.primaryKey, (c.body as unknown[]).length])).toEqual([["id", 1000], ["id", 1000], ["id", 500]])
    await expect(provider.waitForTask(task)).resolves.toEqual({ ...task, status: "succeeded" })
    stand.indexes.set("other_app_index", { primaryKey: "id", documents: new Map() })
    await expect(provider.listIndexes()).resolves.toEqual([
      { name: "product_v1", provider: "search-meilisearch", document_count: 2500, created_at: expect.any(Date), updated_at: expect.any(Date) },
    ])
  })

  it(`sends a search as one JSON body and maps the answer ${NOTE}`, async () => {
    await provider.upsertIndex({ index: definition })
    stand.onSearch(() => ({
      hits: [{ id: "hallabong-namwon", title: "서귀포 남원 한라봉", _rankingScore: 0.9 }],
      estimatedTotalHits: 1,
      facetDistribution: { farm_handle: { "namwon-sunny-orchard": 1 } },
    }))
    const result = await provider.search({
      index: definition,
      attributes_to_retrieve: ["title"],
      q: "gksfkqhd",
      filters: { status: "published", farm_handle: { $in: ["namwon-sunny-orchard"] } },
      pagination: { skip: 0, take: 5, order: { price: "ASC" } },
      search_options: { facets: ["farm_handle"], include_score: true },
    })
    const call = stand.calls.find((c) => c.path === `/indexes/${UID}/search`)
    const body: SearchParams = {
      q: "gksfkqhd 한라봉",
      offset: 0,
      limit: 5,
      attributesToRetrieve: ["id", "title"],
      filter: 'status = "published" AND farm_handle = "namwon-sunny-orchard"',
      sort: ["price:asc"],
      facets: ["farm_handle"],
      showRankingScore: true,
    }
    expect(call?.method).toBe("POST")
    expect(call?.body).toEqual(body)
    expect(result).toEqual({
      hits: [{ id: "hallabong-namwon", score: 0.9, document: { title: "서귀포 남원 한라봉" } }],
      facets: { farm_handle: { type: "value", values: [{ value: "namwon-sunny-orchard", count: 1 }] } },
      metadata: { skip: 0, take: 5, count: 1, processing_time_ms: 1, query: "gksfkqhd" },
      provider_metadata: { meilisearch_q: "gksfkqhd 한라봉" },
    })
  })

  it(`searches the other forms alone when the words as typed find nothing ${NOTE}`, async () => {
    await provider.upsertIndex({ index: definition })
    stand.onSearch((body) => (body.q === "gksfkqnd" ? { hits: [{ id: "hallabong-namwon" }], estimatedTotalHits: 1 } : { hits: [], estimatedTotalHits: 0 }))
    const result = await provider.search({ index: definition, attributes_to_retrieve: ["id"], q: "한라붕" })
    const sent = stand.calls.filter((c) => c.path.endsWith("/search")).map((c) => (c.body as SearchParams).q)
    expect(sent).toEqual(["한라붕 gksfkqnd", "gksfkqnd"])
    expect(result.hits.map((h) => h.id)).toEqual(["hallabong-namwon"])
  })

  it(`deletes documents by id, by filter, all of them, and the index ${NOTE}`, async () => {
    await provider.upsertDocuments({ index: "product_v1", definition, documents: [doc(1), doc(2), doc(3)] })
    await provider.waitForTask(await provider.deleteDocuments({ index: "product_v1", filters: { id: ["p1", "p2"] } }))
    expect([...(stand.indexes.get(UID)?.documents.keys() ?? [])]).toEqual(["p3"])
    // Another process (the worker) knows the primary key only from the server.
    await make().deleteDocuments({ index: "product_v1", filters: { id: { $in: ["p3"] } } })
    await provider.deleteDocuments({ index: "product_v1", filters: { farm_handle: 'a"b' } })
    await provider.clearIndex({ index: "product_v1" })
    const deleted = await provider.waitForTask(await provider.deleteIndex({ index: "product_v1" }))
    expect(deleted.status).toBe("succeeded")
    // Already gone: the wanted state, so not a failure.
    await expect(provider.waitForTask(await provider.deleteIndex({ index: "product_v1" }))).resolves.toMatchObject({ status: "succeeded" })
    const calls = stand.calls.filter((c) => c.path.includes("/documents/") || c.method === "DELETE" || c.path === `/indexes/${UID}`)
    expect(calls.map((c) => [route(c), c.body])).toEqual([
      [`POST /indexes/${UID}/documents/delete-batch`, ["p1", "p2"]],
      [`GET /indexes/${UID}`, undefined],
      [`POST /indexes/${UID}/documents/delete-batch`, ["p3"]],
      [`POST /indexes/${UID}/documents/delete`, { filter: 'farm_handle = "a\\"b"' }],
      [`DELETE /indexes/${UID}/documents`, undefined],
      [`DELETE /indexes/${UID}`, undefined],
      [`DELETE /indexes/${UID}`, undefined],
    ])
  })

  it(`returns a failed task as "failed" with Meilisearch's message ${NOTE}`, async () => {
    const message = "Document identifier `bad id` is invalid."
    stand.failNext("documentAdditionOrUpdate", { code: "invalid_document_id", message })
    const task = await provider.upsertDocuments({ index: "product_v1", definition, documents: [doc(1)] })
    await expect(provider.waitForTask(task)).resolves.toEqual({ ...task, status: "failed", error: { message, code: "invalid_document_id" } })
    const slow = await provider.upsertDocuments({ index: "product_v1", definition, documents: [doc(2)] })
    await expect(provider.waitForTask(slow, { timeout_ms: 1 })).resolves.toMatchObject({
      status: "failed",
      error: { message: `Meilisearch task ${slow.id} did not finish within 1 ms` },
    })
    stand.failNext("settingsUpdate", { code: "invalid_settings_ranking_rules", message: "Bad ranking rule." })
    await expect(provider.upsertIndex({ index: definition })).rejects.toThrow(`Meilisearch failed while updating the settings of "${UID}": Bad ranking rule.`)
  })

  it(`explains a refused API key ${NOTE}`, async () => {
    const wrong = make("wrong-key")
    const refused = /Meilisearch at http:\/\/127\.0\.0\.1:\d+ refused the API key while searching "shop_product_v1" \(401 invalid_api_key: The provided API key is invalid\.\)\. Check the search-meilisearch apiKey option \(MEILISEARCH_API_KEY\)/
    await expect(wrong.search({ index: definition, attributes_to_retrieve: [], q: "귤" })).rejects.toThrow(refused)
    await expect(wrong.upsertIndex({ index: definition })).rejects.toMatchObject({ status: 401, meilisearch_code: "invalid_api_key" })
    expect(stand.calls.at(-1)?.authorization).toBe("Bearer wrong-key")
  })

  it(`explains an unreachable host ${NOTE}`, async () => {
    const host = stand.host
    await stand.close()
    const away = new MeilisearchSearchProvider(undefined, { host })
    await expect(away.listIndexes()).rejects.toThrow(`Cannot reach Meilisearch at ${host} while listing indexes`)
    stand = await startStandIn(KEY)
  })
})

describe("MeilisearchSearchProvider options", () => {
  it("rejects bad options with the option's name", () => {
    const bad = (options: unknown) => () => new MeilisearchSearchProvider(undefined, options as { host: string })
    expect(bad({})).toThrow(/search-meilisearch options are invalid: host:/)
    expect(bad({ host: "localhost:7700" })).toThrow(/host: must be the Meilisearch URL/)
    expect(bad({ host: "ftp://meili" })).toThrow(/host: must be the Meilisearch URL/)
    expect(bad({ host: "http://meili:7700", indexPrefix: "shop prod" })).toThrow(/indexPrefix: may only hold letters/)
    expect(bad({ host: "http://meili:7700", apiKey: 7 })).toThrow(/apiKey:/)
    expect(bad({ host: "http://meili:7700", apiKey: "", indexPrefix: "" })).not.toThrow()
    expect(MeilisearchSearchProvider.identifier).toBe("search-meilisearch")
  })
})
