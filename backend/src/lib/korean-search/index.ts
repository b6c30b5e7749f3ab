/**
 * Korean product search core (issue 4): pure, no Medusa imports. A Medusa subscriber or route maps
 * its products to SearchableProduct (as catalogDocuments.ts does for the seed files) and keeps one
 * KoreanSearchEngine up to date.
 */
export { analyzeDocumentText, analyzeQuery, analyzeWord, normalizeText, toQwerty, toRoman } from "./analyzer"
export type { DerivedFields, QueryForms, QueryToken, WordForms } from "./analyzer"
export { catalogDocument, catalogDocuments, varietyWords } from "./catalogDocuments"
export type { CatalogCategory, CatalogFarm, CatalogProduct } from "./catalogDocuments"
export { DEFAULT_LIMIT, DEFAULT_MIN_SCORE_RATIO, KoreanSearchEngine } from "./engine"
export type { EngineOptions } from "./engine"
export { inSeason } from "./results"
export { buildSynonymMap, IMPLIED_WORDS, SYNONYMS, synonymsOf } from "./synonyms"
export type { SynonymData, SynonymMap } from "./synonyms"
export type * from "./types"
