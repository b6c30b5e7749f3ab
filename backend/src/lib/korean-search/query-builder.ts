import type { Query, SearchResult } from "minisearch"
import { analyzeQueryToken, toQwerty, type QueryToken } from "./analyzer"
import { NAME_FIELDS } from "./index-fields"
import { synonymsOf, type SynonymMap } from "./synonyms"

/**
 * Turns an analyzed query word into MiniSearch queries: the word as typed (an OR of every form it
 * may have been typed in) and each of its synonyms.
 */

/** A synonym's products rank below those of the word actually typed. */
const SYNONYM_WEIGHT = 0.6

/**
 * Typos allowed for a word: none under three syllables (two-syllable words one jamo apart are
 * often both real: 선물/산물), one from three, two from six. Latin letters: one from 6, two from 8
 * (romanizations vary: redhyang for redeuhyang).
 */
export function typoDistance(token: QueryToken): number {
  const syllables = token.hangul?.replace(/[^가-힣]/g, "").length
  if (syllables !== undefined) return syllables < 3 ? 0 : syllables < 6 ? 1 : 2
  return token.text.length < 6 ? 0 : token.text.length < 8 ? 1 : 2
}

/** The names searched by every form the word may have been typed in. */
function formQueries(token: QueryToken, typos: boolean): Query[] {
  const fuzzy = typos ? typoDistance(token) : 0
  const queries: Query[] = [{ queries: [token.qwerty], fields: NAME_FIELDS, prefix: true, fuzzy }]
  if (token.choseong) queries.push({ queries: [token.choseong], fields: ["choseong"], prefix: true })
  if (token.roman) {
    // Romanizations vary and their prefixes run into other words (hanu -> hanul): both count less.
    const weights = { prefix: 0.25, fuzzy: 0.3 }
    queries.push({ queries: [token.roman], fields: ["roman"], prefix: true, fuzzy, weights })
  }
  // A single syllable is also found inside words (귤 in 감귤): prefixes and word tails miss that.
  if (token.grams.length === 1 && token.grams[0].length === 1) {
    queries.push({ queries: token.grams.map(toQwerty), fields: ["grams"] })
  }
  return queries
}

/** One way to read a query word, searched on its own: the word as typed, or one of its synonyms. */
export interface Alternative {
  query: Query
  weight: number
  /**
   * Searched only when the names find nothing: the description and aliases (부지화), and syllable
   * pairs (한라봉을). Prose mentions and pairs are weak evidence, and a common word or pair (감귤,
   * 산물) is in half a catalog's descriptions: scoring those for every query costs more than it finds.
   */
  fallback: { query: Query; accept: (result: SearchResult) => boolean }
}

/**
 * A document found by pairs alone needs all of them for a short word, all but one for a longer one
 * (한라봉을: 한라, 라봉), so that 돼지고기 does not find 말고기 by 고기 alone.
 */
function fallback(token: QueryToken): Alternative["fallback"] {
  const body = token.hangul ? toQwerty(token.hangul) : token.qwerty
  const pairs = token.grams.length >= 2 ? token.grams.map(toQwerty) : []
  const needed = pairs.length <= 2 ? pairs.length : pairs.length - 1
  const queries: Query[] = [{ queries: [body], fields: ["body"] }, { queries: pairs, fields: ["grams"] }]
  return {
    query: { combineWith: "OR", queries },
    accept: (r) => r.queryTerms.includes(body) || r.queryTerms.length >= needed,
  }
}

function alternative(token: QueryToken, weight: number, typos: boolean): Alternative {
  return { query: { combineWith: "OR", queries: formQueries(token, typos) }, weight, fallback: fallback(token) }
}

/**
 * The word as typed, and those synonyms that no shorter reading already finds by prefix
 * (선물 finds 선물세트 and 선물상자: one search instead of three).
 */
export function tokenAlternatives(token: QueryToken, synonyms?: SynonymMap): Alternative[] {
  const typed = token.hangul ?? token.text
  const extra = new Set([token.text, token.hangul ?? ""].flatMap((w) => synonymsOf(w, synonyms)))
  const kept: string[] = []
  // Shortest first, so that each kept synonym can cover the longer ones after it.
  for (const word of [...extra].sort((a, b) => a.length - b.length)) {
    if (![typed, ...kept].some((shorter) => word.startsWith(shorter))) kept.push(word)
  }
  const synonymReadings = kept.map((w) => alternative(analyzeQueryToken(w), SYNONYM_WEIGHT, false))
  return [alternative(token, 1, true), ...synonymReadings]
}
