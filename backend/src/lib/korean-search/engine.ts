import type { MatchInfo } from "minisearch"
import { analyzeQuery, tokenize, type QueryForms } from "./analyzer"
import { buildRecord, createIndex, matchedText, nameTexts, type Glossary, type RecordSource } from "./index-fields"
import { matchQuery } from "./matcher"
import { NamedIndex } from "./named-index"
import { compareBy, countFacets, matchesFilters, type ScoredProduct } from "./results"
import { Spelling } from "./spelling"
import { rewriteQuery, type Lexicon } from "./query-rewrite"
import { IMPLIED_WORDS, SYNONYMS, type SynonymMap } from "./synonyms"
import type { SearchableProduct, SearchHit, SearchRequest, SearchResponse, Suggestions } from "./types"

/**
 * Korean product search in memory: MiniSearch over the analyzer's forms, with filters, sort
 * orders, facets, autocomplete and "did you mean". Suits one process (the embedded default).
 */

export interface EngineOptions {
  synonyms?: SynonymMap
  /**
   * Hits scoring below this share of the best hit (of each reading of each word, see matcher.ts)
   * are dropped: partial forms score low, so a narrow query returns its few products, not a tail.
   */
  minScoreRatio?: number
}

export const DEFAULT_LIMIT = 20
export const DEFAULT_MIN_SCORE_RATIO = 0.25

interface Match extends ScoredProduct {
  matches: MatchInfo[]
}

export function recordSource(p: SearchableProduct): RecordSource {
  return {
    id: p.id,
    name: p.title,
    tags: p.tags,
    category: p.category_name,
    farm: p.farm_name,
    aliases: p.variety_words.flatMap(tokenize),
    body: [p.subtitle, p.description],
  }
}

export class KoreanSearchEngine {
  private readonly products = new Map<string, { product: SearchableProduct; order: number }>()
  private readonly index = createIndex()
  /** Index terms back to text, for highlighting (keeps removed products' words: bounded by the vocabulary). */
  private readonly glossary: Glossary = new Map()
  /** Ids of products indexed but not published: never found. */
  private readonly hidden = new Set<string>()
  private readonly named = new NamedIndex()
  private readonly spelling = new Spelling()
  private readonly synonyms: SynonymMap
  private readonly minScoreRatio: number
  private nextOrder = 0

  constructor(options: EngineOptions = {}) {
    this.synonyms = options.synonyms ?? SYNONYMS
    this.minScoreRatio = options.minScoreRatio ?? DEFAULT_MIN_SCORE_RATIO
  }

  get size(): number {
    return this.products.size
  }

  has(id: string): boolean {
    return this.products.has(id)
  }

  /** Adds products; a product already indexed under the same id is replaced. */
  add(products: SearchableProduct | SearchableProduct[]): void {
    for (const p of Array.isArray(products) ? products : [products]) this.replace(p)
  }

  /** (Re)indexes one product: after an edit, a price or status change. */
  replace(product: SearchableProduct): void {
    const previous = this.products.get(product.id)
    if (previous) this.remove(product.id)
    this.products.set(product.id, { product, order: previous?.order ?? this.nextOrder++ })
    if (product.status !== "published") this.hidden.add(product.id)
    const source = recordSource(product)
    this.index.add(buildRecord(source, this.glossary))
    this.named.retain("category", product.category_handle, product.category_name)
    this.named.retain("farm", product.farm_handle, product.farm_name)
    this.spelling.learn(nameTexts(source).flatMap(tokenize))
  }

  remove(id: string): boolean {
    const entry = this.products.get(id)
    if (!entry) return false
    this.products.delete(id)
    this.hidden.delete(id)
    this.index.discard(id)
    this.named.release("category", entry.product.category_handle)
    this.named.release("farm", entry.product.farm_handle)
    return true
  }

  /**
   * Products matching the query (all published ones for an empty query). The score cut-off is the
   * query's own, before filters: a filter narrows the relevant products, it does not let weak ones in.
   */
  search(query: string, request: SearchRequest = {}): SearchResponse {
    const { filters, sort = "relevance", limit = DEFAULT_LIMIT, offset = 0 } = request
    const matches = this.match(this.analyze(query)).filter((m) => matchesFilters(m.product, filters))
    matches.sort(compareBy(sort))
    return {
      hits: matches.slice(offset, offset + limit).map((m) => this.toHit(m)),
      count: matches.length,
      facets: countFacets(matches.map((m) => m.product)),
    }
  }

  /** Autocomplete: the best products, and the categories and farms whose names match. */
  suggest(query: string, limit = 5): Suggestions {
    const forms = this.analyze(query)
    if (!forms.tokens.length) return { products: [], categories: [], farms: [] }
    const products = this.match(forms).sort(compareBy("relevance")).slice(0, limit)
    const options = { synonyms: this.synonyms, minScoreRatio: this.minScoreRatio }
    return {
      products: products.map(({ product: p }) => ({ id: p.id, handle: p.handle, title: p.title })),
      categories: this.named.search(forms, "category", limit, options),
      farms: this.named.search(forms, "farm", limit, options),
    }
  }

  /** A corrected query when this one finds nothing and the correction finds something; else null. */
  didYouMean(query: string): string | null {
    const forms = this.analyze(query)
    if (!forms.tokens.length || this.match(forms).length) return null
    const corrected = this.spelling.correct(forms)
    return corrected && this.match(this.analyze(corrected)).length ? corrected : null
  }

  /** Query words as searched: joined words split, words every product shares dropped. */
  private analyze(query: string): QueryForms {
    const lexicon: Lexicon = {
      knows: (w) => this.spelling.knows(w) || this.synonyms.has(w),
      knowsPrefix: (w) => this.spelling.knowsPrefix(w),
    }
    return rewriteQuery(analyzeQuery(query), lexicon, IMPLIED_WORDS)
  }

  /** Published products matching the query (see matcher.ts for the score cut-offs), unsorted. */
  private match(forms: QueryForms): Match[] {
    const matches: Match[] = []
    if (!forms.tokens.length) {
      for (const { product, order } of this.products.values()) {
        if (!this.hidden.has(product.id)) matches.push({ product, order, score: 0, matches: [] })
      }
      return matches
    }
    const hidden = this.hidden
    const hits = matchQuery(this.index, forms, {
      synonyms: this.synonyms,
      minScoreRatio: this.minScoreRatio,
      only: hidden.size ? (id) => !hidden.has(id) : undefined,
      frequency: (token) => this.spelling.frequency(token.qwerty),
    })
    for (const [id, { score, matches: info }] of hits) {
      const entry = this.products.get(id)
      if (entry) matches.push({ product: entry.product, order: entry.order, score, matches: info })
    }
    return matches
  }

  private toHit(m: Match): SearchHit {
    const matched = matchedText(recordSource(m.product), m.matches, this.glossary)
    return { id: m.product.id, handle: m.product.handle, score: m.score, matched }
  }
}
