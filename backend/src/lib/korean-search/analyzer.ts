import { convertHangulToQwerty, convertQwertyToHangul, disassemble, getChoseong, romanize } from "es-hangul"

/**
 * The Korean analyzer: one place that turns product text and shopper queries into the same forms,
 * so that what a shopper types (초성 only, half a syllable, English-mode keys, a romanization,
 * one wrong key) meets the form of the product word it means.
 */

const SYLLABLE = /[가-힣]/
const HANGUL = /[가-힣ㄱ-ㅣ]/
const CONSONANTS_ONLY = /^[ㄱ-ㅎ]+$/
const LATIN_ONLY = /^[a-z]+$/
const SEPARATORS = /[^\p{L}\p{N}]+/u

/** The forms of one word. */
export interface WordForms {
  word: string
  /** 초성, e.g. 한라봉 -> ㅎㄹㅂ (empty for a word without Hangul). */
  choseong: string
  /** Jamo, e.g. 한라봉 -> ㅎㅏㄴㄹㅏㅂㅗㅇ. */
  jamo: string
  /** Revised Romanization, e.g. 한라봉 -> hallabong. */
  roman: string
  /**
   * The keys typed on a 2-set keyboard left in English mode, lower-cased: 한라봉 -> gksfkqhd.
   * Lower case folds Shift, so ㅖ/ㅔ and ㄲ/ㄱ (a Shift slip) meet, and one wrong jamo is one edit.
   */
  qwerty: string
}

/** Everything a document text is indexed under. */
export interface DerivedFields {
  /** Normalized words: NFC, lower case, punctuation removed. */
  tokens: string[]
  /** Per-word forms of the words containing Hangul. */
  choseong: string[]
  jamo: string[]
  roman: string[]
  qwerty: string[]
  /** Syllable 1- and 2-grams over runs of Hangul words read as one (catches joined words). */
  grams: string[]
  /**
   * Tails of two or more syllables of each Hangul word: 노지감귤 -> 지감귤, 감귤. A Korean compound
   * ends in what it is, so 감귤 should find 노지감귤 as a word, not only through grams.
   */
  suffixes: string[]
}

/** One query word and every way it may be meant. */
export interface QueryToken {
  text: string
  /** Hangul reading: the word itself, or its keys read on a Korean keyboard when plausible. */
  hangul: string | null
  qwerty: string
  /** Set when the word is 초성 only (typed as such or in English mode). */
  choseong: string | null
  /** Set when the word is Latin letters: it may be a romanization. */
  roman: string | null
  /** Syllable 2-grams (or the single syllable) of the Hangul reading. */
  grams: string[]
}

export interface QueryForms {
  normalized: string
  tokens: QueryToken[]
}

export function normalizeText(text: string): string {
  return text.normalize("NFC").toLowerCase().split(SEPARATORS).filter(Boolean).join(" ")
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text)
  return normalized ? normalized.split(" ") : []
}

export const hasHangul = (word: string): boolean => HANGUL.test(word)

/**
 * Forms are cached: a catalog repeats its words endlessly, and romanization costs tens of
 * microseconds a word. Each cache is emptied when full, which bounds it on any input.
 */
function memo<T>(compute: (word: string) => T, limit = 50_000): (word: string) => T {
  const cache = new Map<string, T>()
  return (word) => {
    let value = cache.get(word)
    if (value === undefined) {
      value = compute(word)
      if (cache.size >= limit) cache.clear()
      cache.set(word, value)
    }
    return value
  }
}

/** Keystrokes, lower-cased (see WordForms.qwerty); other characters pass through. */
export const toQwerty = memo((word) => (hasHangul(word) ? convertHangulToQwerty(word).toLowerCase() : word))
/** Revised Romanization, lower-cased; other characters pass through. */
export const toRoman = memo((word) => (hasHangul(word) ? romanize(word).toLowerCase() : word))

export const analyzeWord = memo(
  (word: string): WordForms =>
    hasHangul(word)
      ? { word, choseong: getChoseong(word), jamo: disassemble(word), roman: toRoman(word), qwerty: toQwerty(word) }
      : { word, choseong: "", jamo: "", roman: word, qwerty: word }
)

/** 1- and 2-grams of the complete syllables of a text (a jamo or Latin letter breaks a run). */
export function syllableGrams(text: string, sizes: readonly number[] = [1, 2]): string[] {
  const grams = new Set<string>()
  for (const run of text.split(/[^가-힣]+/)) {
    for (const size of sizes) {
      for (let i = 0; i + size <= run.length; i++) grams.add(run.slice(i, i + size))
    }
  }
  return [...grams]
}

export function wordSuffixes(word: string): string[] {
  const suffixes: string[] = []
  for (let i = 1; i + 2 <= word.length; i++) {
    if (SYLLABLE.test(word[i]) && SYLLABLE.test(word[i - 1])) suffixes.push(word.slice(i))
  }
  return suffixes
}

export function analyzeDocumentText(text: string): DerivedFields {
  const tokens = tokenize(text)
  const forms = tokens.filter(hasHangul).map(analyzeWord)
  return {
    tokens,
    choseong: forms.map((f) => f.choseong),
    jamo: forms.map((f) => f.jamo),
    roman: forms.map((f) => f.roman),
    qwerty: forms.map((f) => f.qwerty),
    grams: syllableGrams(tokens.join(" ").replace(/(?<=[가-힣]) (?=[가-힣])/g, "")),
    suffixes: forms.flatMap((f) => wordSuffixes(f.word)),
  }
}

/**
 * Keys read as Hangul count as meant-Korean only when they make whole syllables, save at most a
 * final jamo still being typed: "gksfkqhd" -> 한라봉 yes, "hallabong" -> ㅗ미ㅣ뮤ㅐㅜㅎ no.
 */
function plausibleHangul(keys: string): string | null {
  const hangul = convertQwertyToHangul(keys)
  if (CONSONANTS_ONLY.test(hangul)) return hangul
  const complete = hangul.replace(/[ㄱ-ㅣ]$/, "")
  return complete.length > 0 && [...complete].every((c) => SYLLABLE.test(c)) ? hangul : null
}

/** Query grams: 2-grams of a longer word, or the syllable itself; never 1-grams of a long word. */
function queryGrams(hangul: string): string[] {
  const syllables = hangul.replace(/[^가-힣]/g, "")
  return syllables.length === 1 ? [syllables] : syllableGrams(hangul, [2])
}

export function analyzeQueryToken(text: string): QueryToken {
  const latin = LATIN_ONLY.test(text)
  const hangul = hasHangul(text) ? text : latin ? plausibleHangul(text) : null
  return {
    text,
    hangul,
    qwerty: toQwerty(text),
    choseong: hangul && CONSONANTS_ONLY.test(hangul) ? hangul : null,
    roman: latin ? text : null,
    grams: hangul ? queryGrams(hangul) : [],
  }
}

export function analyzeQuery(query: string): QueryForms {
  const normalized = normalizeText(query)
  return { normalized, tokens: tokenize(normalized).map(analyzeQueryToken) }
}
