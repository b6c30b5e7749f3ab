import type MiniSearch from "minisearch"
import type { MatchInfo, SearchResult } from "minisearch"
import type { QueryForms, QueryToken } from "./analyzer"
import type { IndexedRecord } from "./index-fields"
import { tokenAlternatives, type Alternative } from "./query-builder"
import type { SynonymMap } from "./synonyms"

/**
 * Runs an analyzed query against an index. Each reading of each word (as typed, or a synonym) is
 * searched alone, scored relative to its own best hit and cut at a share of it: partial forms (a
 * prefix, a far typo, a shared syllable) score low, so a narrow word keeps its few products; and a
 * synonym's products are not cut away by a rare typed word that one product happens to contain
 * (해산물 -> 수산물). A word scores at most 1 per document (its best reading); words then combine
 * with AND (scores add up), or OR (cut again) when AND finds nothing.
 */

export interface Scored {
  score: number
  /** Match information of every reading that found the document (merged only for shown hits). */
  matches: MatchInfo[]
}

export type Hits = Map<string, Scored>

export interface MatchOptions {
  synonyms?: SynonymMap
  minScoreRatio: number
  /** Documents that may be found at all (e.g. published products). */
  only?: (id: string) => boolean
  /** How many documents a word is likely to find, to search the rarest word first. */
  frequency?: (token: QueryToken) => number
}

type Only = MatchOptions["only"]

/** Skips documents inside MiniSearch's scoring loop (a falsy boost), cheaper than filtering results. */
const restrict = (only: Only) => (only ? { boostDocument: (id: string) => (only(id) ? 1 : 0) } : {})

/** A reading's results: by its names, else by its fallback (see Alternative). */
function search(index: MiniSearch<IndexedRecord>, alt: Alternative, only: Only): SearchResult[] {
  const results = index.search(alt.query, restrict(only))
  return results.length ? results : index.search(alt.fallback.query, restrict(only)).filter(alt.fallback.accept)
}

/** One reading's hits, scored relative to its best (1) times its weight, below the cut-off dropped. */
function searchAlternative(index: MiniSearch<IndexedRecord>, alt: Alternative, ratio: number, only: Only): Hits {
  const hits: Hits = new Map()
  let best = 0
  for (const r of search(index, alt, only)) {
    best ||= r.score
    if (r.score < best * ratio) break // results come best first
    hits.set(r.id, { score: (r.score / best) * alt.weight, matches: [r.match] })
  }
  return hits
}

/** Adds b into a (both owned by the caller), combining the scores of documents in both. */
function union(a: Hits, b: Hits, combine: (x: number, y: number) => number): Hits {
  for (const [id, hit] of b) {
    const seen = a.get(id)
    if (!seen) a.set(id, hit)
    else {
      seen.score = combine(seen.score, hit.score)
      seen.matches.push(...hit.matches)
    }
  }
  return a
}

function intersect(a: Hits, b: Hits): Hits {
  const out: Hits = new Map()
  for (const [id, hit] of a) {
    const other = b.get(id)
    if (other) out.set(id, { score: hit.score + other.score, matches: [...hit.matches, ...other.matches] })
  }
  return out
}

function cut(hits: Hits, ratio: number): Hits {
  let best = 0
  for (const h of hits.values()) best = Math.max(best, h.score)
  for (const [id, h] of hits) if (h.score < best * ratio) hits.delete(id)
  return hits
}

/** A word's hits: its best reading per document. */
function wordHits(index: MiniSearch<IndexedRecord>, token: QueryToken, options: MatchOptions, only: Only): Hits {
  return tokenAlternatives(token, options.synonyms)
    .map((alt) => searchAlternative(index, alt, options.minScoreRatio, only))
    .reduce((a, b) => union(a, b, Math.max))
}

export function matchQuery(index: MiniSearch<IndexedRecord>, forms: QueryForms, options: MatchOptions): Hits {
  if (!forms.tokens.length) return new Map()
  // AND: the rarest word first; each next word is searched among the documents found so far.
  const frequency = options.frequency ?? (() => 0)
  const rarestFirst = [...forms.tokens].sort((a, b) => frequency(a) - frequency(b))
  let all: Hits | undefined
  for (const token of rarestFirst) {
    const found = all
    const only: Only = found ? (id) => found.has(id) : options.only
    const hits = wordHits(index, token, options, only)
    all = found ? intersect(found, hits) : hits
    if (!all.size) break
  }
  if (all?.size || forms.tokens.length === 1) return all ?? new Map()
  const perWord = forms.tokens.map((token) => wordHits(index, token, options, options.only))
  return cut(perWord.reduce((a, b) => union(a, b, (x, y) => x + y)), options.minScoreRatio)
}
