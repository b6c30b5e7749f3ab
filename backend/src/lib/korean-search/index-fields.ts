import MiniSearch, { type MatchInfo } from "minisearch"
import {
  analyzeDocumentText,
  analyzeWord,
  hasHangul,
  tokenize,
  toQwerty,
  toRoman,
  wordSuffixes,
  type DerivedFields,
} from "./analyzer"

/**
 * What goes into MiniSearch. Every field is a space-separated list of already-derived terms, so
 * MiniSearch only splits on spaces; all Korean handling stays in the analyzer.
 *
 * Words are indexed as keystrokes: a word and its keys are one to one (up to Shift), keys make a
 * half-typed syllable a prefix (한랍 -> 한라봉) and one wrong jamo one edit (한라붕), and a radix
 * tree over 26 letters stays shallow where thousands of distinct first syllables would make every
 * insert and lookup scan a wide node. Latin words are their own keys.
 */

export const FIELDS = ["name", "tags", "category", "farm", "body", "roman", "choseong", "grams"] as const
export type IndexField = (typeof FIELDS)[number]
export type IndexedRecord = { id: string } & Record<IndexField, string>

/** The fields holding the keys of names, searched by prefix and with typos. */
export const NAME_FIELDS: IndexField[] = ["name", "tags", "category", "farm"]

/**
 * Field weights: the title most, then tags, category and farm names; description text least, so
 * a word only mentioned there ranks low. Category and farm have fields of their own: short and
 * alike for all their products, so a category word finds the whole category evenly.
 */
export const FIELD_BOOST: Record<IndexField, number> = {
  name: 3,
  tags: 2,
  category: 2,
  farm: 1.5,
  body: 0.4,
  roman: 1.5,
  choseong: 2,
  grams: 1,
}

export interface RecordSource {
  id: string
  /** The name shown (product title, category or farm name). */
  name: string
  tags: string[]
  category?: string | null
  farm?: string | null
  /** Other names the item is known by (부지화, 온주밀감): whole words and their tails, weighted as body. */
  aliases: string[]
  /** Running text: exact words only (derived forms of prose would only add noise). */
  body: (string | null | undefined)[]
}

const join = (parts: string[]) => [...new Set(parts)].join(" ")

/** Index term -> the piece of product text it came from, to turn matched terms back into text. */
export type Glossary = Map<string, string>

/**
 * The record MiniSearch indexes for one product (or one category or farm). Words come with their
 * tails (노지감귤 -> 감귤 too: a Korean compound ends in what it is).
 */
export function buildRecord(source: RecordSource, glossary?: Glossary): IndexedRecord {
  const [title, category, farm] = [source.name, source.category, source.farm].map((t) => analyzeDocumentText(t ?? ""))
  const tags = source.tags.map(analyzeDocumentText)
  const all = [title, ...tags, category, farm]
  const encode = (form: (w: string) => string) => (words: string[]) =>
    words.map((word) => {
      const term = form(word)
      if (glossary && !glossary.has(term)) glossary.set(term, word)
      return term
    })
  const [keys, roman] = [encode(toQwerty), encode(toRoman)]
  const words = (d: DerivedFields) => [...d.tokens, ...d.suffixes]
  return {
    id: source.id,
    name: join(keys(words(title))),
    tags: join(keys(tags.flatMap(words))),
    category: join(keys(words(category))),
    farm: join(keys(words(farm))),
    body: join(keys(bodyWords(source))),
    roman: join(roman(all.flatMap(words).filter(hasHangul))),
    choseong: join(all.flatMap((d) => d.choseong)),
    grams: join(keys(all.flatMap((d) => d.grams))),
  }
}

function bodyWords(source: RecordSource): string[] {
  return [
    ...source.aliases.flatMap((w) => [w, ...wordSuffixes(w)]),
    ...source.body.flatMap((text) => (text ? tokenize(text) : [])),
  ]
}

export function nameTexts(source: RecordSource): string[] {
  return [source.name, ...source.tags, source.category, source.farm].filter((s): s is string => Boolean(s))
}

/**
 * The pieces of the product's text behind matched index terms, for highlighting, longest first.
 * 초성 forms are shared by many words, so those are looked up in the product's own names.
 */
export function matchedText(source: RecordSource, matches: MatchInfo[], glossary: Glossary): string[] {
  const found = new Set<string>()
  const choseong = new Set<string>()
  for (const match of matches) {
    for (const [term, fields] of Object.entries(match)) {
      if (fields.includes("choseong")) choseong.add(term)
      const text = glossary.get(term)
      if (text) found.add(text)
    }
  }
  if (choseong.size) {
    nameTexts(source).flatMap(tokenize).forEach((w) => choseong.has(analyzeWord(w).choseong) && found.add(w))
  }
  return [...found].sort((a, b) => b.length - a.length)
}

/** A MiniSearch over IndexedRecords; terms arrive derived, so no further processing. */
export function createIndex(): MiniSearch<IndexedRecord> {
  return new MiniSearch<IndexedRecord>({
    fields: [...FIELDS],
    tokenize: (text) => text.split(" ").filter(Boolean),
    processTerm: (term) => term,
    // A prefix (선물 -> 선물세트, 한랍 -> 한라봉) counts nearly as much as a whole word.
    searchOptions: { boost: FIELD_BOOST, weights: { prefix: 0.6, fuzzy: 0.45 } },
  })
}
