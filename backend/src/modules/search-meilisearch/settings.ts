import type { SearchTypes } from "@medusajs/framework/types"
import type { Settings, TypoTolerance } from "meilisearch" with { "resolution-mode": "import" }
import { SYNONYMS, type SynonymMap } from "../../lib/korean-search"
import dictionary from "./dictionary.json"

/**
 * An index definition as Meilisearch settings. Pure: upsertIndex sends the result as it is, and
 * the tests read it without a server. The Korean parts (segmentation locale, dictionary,
 * synonyms) come from the same data as the embedded engine's.
 */

type Field = SearchTypes.SearchFieldDefinition
type Definition = Pick<SearchTypes.ResolvedSearchIndexDefinition, "fields" | "primary_key" | "settings">

export const PROVIDER_IDENTIFIER = "search-meilisearch"

/** Meilisearch's own default, set explicitly so a reused index is reset to it. */
export const RANKING_RULES = ["words", "typo", "proximity", "attribute", "sort", "exactness"]

/** Names and prose in Korean: segmented with Meilisearch's Korean dictionary, never guessed. */
export const KOREAN_ATTRIBUTES = ["title", "subtitle", "description", "tags", "variety_words", "category_name", "farm_name"]

/** Derived forms (초성, keys, romanization, jamo): searchable even when declared without a weight. */
const DERIVED = /^korean_/

export interface KoreanLexicon {
  synonyms: Record<string, string[]>
  dictionary: string[]
}

/** Query word -> words it also finds: groups of equivalents both ways, aliases one way (synonym-data.json). */
export function meilisearchSynonyms(map: SynonymMap = SYNONYMS): Record<string, string[]> {
  return Object.fromEntries([...map].map(([word, targets]) => [word, [...targets]]))
}

export const KOREAN_LEXICON: KoreanLexicon = { synonyms: meilisearchSynonyms(), dictionary: dictionary.words }

/** Dotted leaves, as Meilisearch addresses nested fields; object containers are not fields. */
export function leafFields(fields: Record<string, Field>, prefix = ""): { path: string; field: Field }[] {
  return Object.entries(fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name
    return field.type === "object" ? leafFields(field.fields ?? {}, path) : [{ path, field }]
  })
}

const weightOf = (field: Field): number => (typeof field.searchable === "object" ? (field.searchable.weight ?? 1) : 1)

/** Heaviest first: Meilisearch's `attribute` rule ranks by this order (ties keep declaration order). */
export function searchableAttributes(definition: Definition): string[] {
  return leafFields(definition.fields)
    .filter(({ path, field }) => field.searchable || DERIVED.test(path.split(".").pop() ?? ""))
    .map((entry, order) => ({ ...entry, order }))
    .sort((a, b) => weightOf(b.field) - weightOf(a.field) || a.order - b.order)
    .map(({ path }) => path)
}

const isRetrievable = (field: Field) => (field.type === "vector" ? field.retrievable === true : field.retrievable !== false)

/** What hits may show; the primary key always, since every hit needs its id. */
export function retrievableAttributes(definition: Definition): string[] {
  const paths = leafFields(definition.fields).filter(({ field }) => isRetrievable(field)).map(({ path }) => path)
  return [...new Set([definition.primary_key, ...paths])]
}

function typoTolerance(settings: SearchTypes.SearchIndexSettings["typo_tolerance"]): TypoTolerance | undefined {
  if (!settings) return undefined
  const sizes = { oneTypo: settings.min_word_size_for_one_typo, twoTypos: settings.min_word_size_for_two_typos }
  return {
    enabled: settings.enabled ?? true,
    ...(sizes.oneTypo !== undefined || sizes.twoTypos !== undefined ? { minWordSizeForTypos: sizes } : {}),
    disableOnAttributes: settings.disabled_on_attributes ?? [],
  }
}

export function buildSettings(definition: Definition, lexicon: KoreanLexicon = KOREAN_LEXICON): Settings {
  const leaves = leafFields(definition.fields)
  const paths = (keep: (field: Field) => boolean) => leaves.filter(({ field }) => keep(field)).map(({ path }) => path)
  // Facets are counted over filterable attributes only, so a facet field is filterable too.
  const filterable = [...new Set([definition.primary_key, ...paths((f) => Boolean(f.filterable || f.facetable))])]
  const typos = typoTolerance(definition.settings?.typo_tolerance)
  // Raw Meilisearch settings from the definition win: the way to tune what has no generic option.
  const overrides = (definition.settings?.provider_options?.[PROVIDER_IDENTIFIER] ?? {}) as Partial<Settings>
  return {
    searchableAttributes: searchableAttributes(definition),
    filterableAttributes: filterable,
    sortableAttributes: paths((f) => Boolean(f.sortable)),
    displayedAttributes: retrievableAttributes(definition),
    distinctAttribute: definition.settings?.distinct_attribute ?? null,
    rankingRules: RANKING_RULES,
    localizedAttributes: [{ attributePatterns: KOREAN_ATTRIBUTES, locales: ["kor"] }],
    dictionary: lexicon.dictionary,
    synonyms: lexicon.synonyms,
    ...(typos ? { typoTolerance: typos } : {}),
    ...overrides,
  }
}
