import { describe, expect, it } from "vitest"
import { searchModules } from "./search-modules"

describe("searchModules", () => {
  it("uses the embedded Korean search when no Meilisearch is configured", () => {
    const [search] = searchModules({})
    expect(search.resolve).toBe("@medusajs/medusa/search")
    expect(search.options).toEqual({ providers: [{ resolve: "./src/modules/search-embedded", id: "embedded" }] })
  })

  it("uses Meilisearch when MEILISEARCH_HOST is set", () => {
    const [search] = searchModules({ MEILISEARCH_HOST: "http://meili:7700", MEILISEARCH_API_KEY: "secret-key" })
    expect(search.options).toEqual({
      providers: [{ resolve: "./src/modules/search-meilisearch", id: "meilisearch", options: { host: "http://meili:7700", apiKey: "secret-key", indexPrefix: undefined } }],
    })
  })
})
