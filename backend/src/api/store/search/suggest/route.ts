import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { facetNames, facetViews, hitView, koreanMonth } from "../present"
import type { StoreSearchSuggestQueryType } from "../validators"

/** Categories and farms offered beside the products. */
const NAMED_COUNT = 3

/**
 * GET /store/search/suggest — autocomplete on every keystroke: the best products, and the
 * categories and farms holding matches (facets of the same search, so every provider can do it).
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreSearchSuggestQueryType>, res: MedusaResponse) {
  const { q, limit } = req.validatedQuery as StoreSearchSuggestQueryType
  if (!q) return void res.json({ query: q, products: [], categories: [], farms: [] })
  const search = req.scope.resolve(Modules.SEARCH)
  const result = await search.search({
    entity: "product",
    filters: { q, status: "published" },
    pagination: { take: limit },
    search_options: { facets: ["category_handle", "farm_handle"] },
  })
  const facets = facetViews(result.facets, await facetNames(req.scope.resolve(ContainerRegistrationKeys.QUERY)))
  const month = koreanMonth()
  res.set("Cache-Control", "public, max-age=30")
  res.json({
    query: q,
    products: result.hits.map((hit) => {
      const { id, handle, title, thumbnail, price } = hitView(hit, month)
      return { id, handle, title, thumbnail, price }
    }),
    categories: facets.category.slice(0, NAMED_COUNT).map((c) => ({ handle: c.value, name: c.label })),
    farms: facets.farm.slice(0, NAMED_COUNT).map((f) => ({ handle: f.value, name: f.label })),
  })
}
