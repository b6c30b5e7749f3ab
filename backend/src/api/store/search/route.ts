import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FACET_FIELDS, facetNames, facetViews, hitView, koreanMonth, searchFilters, searchOrder } from "./present"
import type { StoreSearchQueryType } from "./validators"

/** What to show instead of a blank page: goods in season now, else any. */
const POPULAR_COUNT = 4

/**
 * GET /store/search — Korean product search through Medusa's Search Module (index "product"):
 * hits, the count, facet counts for category, farm and delivery type; when nothing matches, a
 * "did you mean" correction (when the provider has one) and popular items.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreSearchQueryType>, res: MedusaResponse) {
  const params = req.validatedQuery as StoreSearchQueryType
  const search = req.scope.resolve(Modules.SEARCH)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const month = koreanMonth()
  const result = await search.search({
    entity: "product",
    filters: { q: params.q, ...searchFilters(params, month) },
    pagination: { skip: params.offset, take: params.limit, order: searchOrder(params.sort) },
    search_options: { facets: [...FACET_FIELDS] },
  })
  const count = result.metadata.count ?? result.hits.length
  let popular: ReturnType<typeof hitView>[] = []
  if (count === 0) {
    const inSeason = await search.search({ entity: "product", filters: { status: "published", season_months: month }, pagination: { take: POPULAR_COUNT } })
    const fallback = inSeason.hits.length ? inSeason : await search.search({ entity: "product", filters: { status: "published" }, pagination: { take: POPULAR_COUNT } })
    popular = fallback.hits.map((hit) => hitView(hit, month))
  }
  const didYouMean = result.provider_metadata?.did_you_mean
  res.json({
    query: params.q,
    hits: result.hits.map((hit) => hitView(hit, month)),
    count,
    facets: facetViews(result.facets, await facetNames(query)),
    did_you_mean: typeof didYouMean === "string" ? didYouMean : null,
    popular,
    limit: params.limit,
    offset: params.offset,
  })
}
