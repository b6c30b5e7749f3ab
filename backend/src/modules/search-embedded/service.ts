import { AbstractSearchProviderService, MedusaError, extractPrimaryKeyFilter, projectDocument } from "@medusajs/framework/utils"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { KoreanSearchEngine, type SortOrder } from "../../lib/korean-search"
import { fromSearchDocument, type ProductSearchDocument } from "../../lib/product-search-document"
import { engineFilters } from "./filters"

type Index = { engine: KoreanSearchEngine; documents: Map<string, ProductSearchDocument>; updatedAt: Date }

const done = (index?: string): SearchTypes.SearchTask => ({ index, status: "succeeded" })

/** The Search Module's facet fields and the engine's facet names. */
const FACETS = { category_handle: "category", farm_handle: "farm", delivery_type: "delivery" } as const

function sortOf(order: Record<string, "ASC" | "DESC"> | undefined): SortOrder {
  if (order?.price) return order.price === "ASC" ? "price_asc" : "price_desc"
  if (order?.created_at) return "newest"
  return "relevance"
}

/**
 * The embedded search (the default of `npm start`): the Korean engine (MiniSearch + the es-hangul
 * analyzer) in this process's memory, filled by the Search Module at start and kept current by
 * its ingestion of product events. One process only: a split server/worker deployment uses the
 * Meilisearch provider (docs/production.md).
 */
export default class EmbeddedSearchProvider extends AbstractSearchProviderService {
  static override identifier = "search-embedded"
  private readonly indexes = new Map<string, Index>()
  private readonly logger: Logger

  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger = logger
  }

  private index(name: string, create = false): Index {
    let index = this.indexes.get(name)
    if (!index && create) {
      index = { engine: new KoreanSearchEngine(), documents: new Map(), updatedAt: new Date() }
      this.indexes.set(name, index)
    }
    if (!index) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Search index "${name}" does not exist`)
    return index
  }

  override async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    if (index.entity !== "product") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `The embedded search indexes products only, not "${index.entity}"`)
    }
    this.index(index.physical_name, true)
    return done(index.physical_name)
  }

  override async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    this.indexes.delete(index)
    return done(index)
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    return [...this.indexes].map(([name, index]) => ({
      name,
      provider: EmbeddedSearchProvider.identifier,
      document_count: index.documents.size,
      updated_at: index.updatedAt,
    }))
  }

  override async upsertDocuments(input: { index: string; documents: SearchTypes.SearchDocument[] }): Promise<SearchTypes.SearchTask> {
    const index = this.index(input.index, true)
    for (const raw of input.documents) {
      const document = raw as ProductSearchDocument
      index.documents.set(document.id, document)
      index.engine.replace(fromSearchDocument(document))
    }
    index.updatedAt = new Date()
    return done(input.index)
  }

  override async deleteDocuments({ index: name, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const index = this.index(name, true)
    const ids = extractPrimaryKeyFilter(filters, { primary_key: "id" })
    if (!ids) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The embedded search deletes documents by id only")
    for (const id of ids) {
      index.documents.delete(id)
      index.engine.remove(id)
    }
    index.updatedAt = new Date()
    return done(name)
  }

  override async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    this.indexes.delete(index)
    this.index(index, true)
    return done(index)
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const started = performance.now()
    const index = this.index(input.index.physical_name)
    const skip = input.pagination?.skip ?? 0
    const take = input.pagination?.take ?? 20
    const q = input.q ?? ""
    const result = index.engine.search(q, {
      filters: engineFilters(input.filters),
      sort: sortOf(input.pagination?.order),
      limit: take,
      offset: skip,
    })
    const hits = result.hits.flatMap((hit) => {
      const document = index.documents.get(hit.id)
      if (!document) return []
      return [{ id: hit.id, score: hit.score, document: input.attributes_to_retrieve.length ? projectDocument(document, input.attributes_to_retrieve) : document, highlights: { matched: hit.matched } }]
    })
    const requested = (input.search_options?.facets ?? []).map((f) => (typeof f === "string" ? f : f.field))
    const facets: Record<string, SearchTypes.SearchFacetResult> = {}
    for (const field of requested) {
      const name = FACETS[field as keyof typeof FACETS]
      if (!name) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The embedded search has no facet "${field}"`)
      const counts = result.facets[name]
      facets[field] = { type: "value", values: Object.entries(counts).map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count) }
    }
    const didYouMean = q && !result.count ? index.engine.didYouMean(q) : null
    this.logger.debug(`search-embedded: "${q}" -> ${result.count}`)
    return {
      hits,
      facets,
      metadata: { skip, take, count: result.count, query: q, processing_time_ms: performance.now() - started },
      provider_metadata: { did_you_mean: didYouMean },
    }
  }
}
