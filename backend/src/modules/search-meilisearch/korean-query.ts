import { analyzeQuery, IMPLIED_WORDS, type QueryToken } from "../../lib/korean-search"

/**
 * The query text for Meilisearch, normalized by the same analyzer as the embedded engine. Each
 * word also has the form the derived fields hold: a Hangul word its keys (korean_qwerty: typos and
 * half-typed syllables become Latin prefix and typo matches), keys typed in English mode their
 * Hangul or 초성 (gksfkqhd -> 한라봉, rfq -> ㄱㄹㅂ). 초성 typed as such matches korean_choseong as is.
 */

export interface KoreanQuery {
  /** Sent first: the words as typed, then (when the match strategy lets words go) their other forms. */
  q: string
  /** Sent when `q` finds nothing: each word in its other form only. */
  fallback?: string
}

export function alternateForm(token: QueryToken): string | null {
  if (token.roman !== null) return token.hangul && token.hangul !== token.text ? token.hangul : null
  if (token.choseong) return null
  return token.hangul && token.qwerty !== token.text ? token.qwerty : null
}

/**
 * Meilisearch keeps the documents that match the first word (`last` drops words from the end), so
 * the words as typed come first and the appended forms only rank. When the typed words match
 * nothing (한라붕, 천혜ㅎ, rfq), the fallback searches the other forms alone.
 */
export function koreanQuery(text: string, appendForms: boolean): KoreanQuery {
  const tokens = analyzeQuery(text).tokens
  // 제주, 서귀포: every product is from there, so next to other words they only add noise.
  const meaningful = tokens.filter((t) => !IMPLIED_WORDS.has(t.hangul ?? t.text))
  const words = meaningful.length ? meaningful : tokens
  const typed = words.map((t) => t.text)
  const alternates = words.map(alternateForm)
  const extra = [...new Set(alternates.filter((a): a is string => a !== null && !typed.includes(a)))]
  const q = (appendForms ? [...typed, ...extra] : typed).join(" ")
  const fallback = extra.length ? words.map((t, i) => alternates[i] ?? t.text).join(" ") : undefined
  return fallback && fallback !== q ? { q, fallback } : { q }
}
