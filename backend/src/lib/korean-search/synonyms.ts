import { normalizeText } from "./analyzer"
import data from "./synonym-data.json"

/**
 * Synonyms are data (synonym-data.json), read once into one map: query word -> extra words to look for.
 * They apply to queries only, so the index stays the product's own words. The same file lists the
 * words implied by the shop itself (see IMPLIED_WORDS).
 */

export interface SynonymData {
  equivalents: string[][]
  aliases: Record<string, string[]>
  /** Words every product shares (제주, 서귀포): dropped from a query that has other words. */
  implied?: string[]
}

export type SynonymMap = ReadonlyMap<string, readonly string[]>

export function buildSynonymMap(source: SynonymData): SynonymMap {
  const map = new Map<string, Set<string>>()
  const add = (from: string, to: string) => {
    const [a, b] = [normalizeText(from), normalizeText(to)]
    if (b.includes(" ")) throw new Error(`synonym "${to}": one word only (a query word finds it)`)
    if (!a || !b || a === b) return
    map.set(a, (map.get(a) ?? new Set<string>()).add(b))
  }
  for (const group of source.equivalents) {
    for (const from of group) for (const to of group) add(from, to)
  }
  for (const [from, targets] of Object.entries(source.aliases)) {
    for (const to of targets) add(from, to)
  }
  return new Map([...map].map(([word, targets]) => [word, [...targets]]))
}

export const SYNONYMS: SynonymMap = buildSynonymMap(data)

export const IMPLIED_WORDS: ReadonlySet<string> = new Set((data.implied ?? []).map(normalizeText))

/** The extra words a query word also finds (empty when none). */
export function synonymsOf(word: string, map: SynonymMap = SYNONYMS): readonly string[] {
  return map.get(normalizeText(word)) ?? []
}
