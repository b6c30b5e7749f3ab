// The index definition registers itself with MedusaModule on import, as the app's loader expects.
import "@medusajs/framework/modules-sdk"
import type { SearchTypes } from "@medusajs/framework/types"
import product from "../../search/product"

/** The project's real product index (src/search/product.ts) as the Search Module resolves it. */
export function productDefinition(
  overrides: Partial<SearchTypes.ResolvedSearchIndexDefinition> = {}
): SearchTypes.ResolvedSearchIndexDefinition {
  return {
    ...product,
    primary_key: "id",
    provider: "search-meilisearch",
    settings: {},
    definition_hash: "test",
    physical_name: "product_v1",
    ...overrides,
  }
}
