import { analyzeQueryToken, type QueryForms, type QueryToken } from "./analyzer"

/**
 * Query words rewritten before searching: words typed apart that form a known word are joined
 * (흑 돼지 -> 흑돼지), a trailing particle is dropped (옥돔이 -> 옥돔), words typed joined are split
 * into known words (제주감귤 -> 제주 감귤), and words every product shares are dropped when others
 * remain.
 */

export interface Lexicon {
  knows(word: string): boolean
  /** Whether some known word starts with this (the last word may still be being typed). */
  knowsPrefix(word: string): boolean
}

const SYLLABLES_ONLY = /^[가-힣]+$/

/**
 * Splits a word into known words, longest first (흑돼지목살 -> 흑돼지 목살; the last part may be the
 * start of a known word of two syllables or more). Null when the word cannot be covered entirely:
 * unknown words are left to the syllable grams.
 */
export function splitJoined(word: string, lexicon: Lexicon, depth = 3): string[] | null {
  if (lexicon.knows(word) || (word.length >= 2 && lexicon.knowsPrefix(word))) return [word]
  if (depth <= 1) return null
  for (let cut = word.length - 1; cut >= 1; cut--) {
    const head = word.slice(0, cut)
    if (!lexicon.knows(head)) continue
    const rest = splitJoined(word.slice(cut), lexicon, depth - 1)
    if (rest) return [head, ...rest]
  }
  return null
}

/** Particles (조사) a shopper may leave on a word: 옥돔이, 한라봉을, 귤로. Longest first. */
const PARTICLES = ["이랑", "으로", "에서", "하고", "은", "는", "이", "가", "을", "를", "의", "에", "도", "만", "로", "랑"]

/** The word without a trailing particle, when that leaves a known word (and the whole is not one). */
function stripParticle(word: string, lexicon: Lexicon): string {
  if (lexicon.knows(word)) return word
  const particle = PARTICLES.find((p) => word.length > p.length && word.endsWith(p))
  const stem = particle ? word.slice(0, -particle.length) : word
  return lexicon.knows(stem) ? stem : word
}

function splitToken(token: QueryToken, lexicon: Lexicon): QueryToken[] {
  const hangul = token.hangul
  if (!hangul || !SYLLABLES_ONLY.test(hangul) || lexicon.knows(hangul)) return [token]
  const stem = stripParticle(hangul, lexicon)
  if (stem !== hangul) return [analyzeQueryToken(stem)]
  const parts = hangul.length >= 3 ? splitJoined(hangul, lexicon) : null
  return parts && parts.length > 1 ? parts.map(analyzeQueryToken) : [token]
}

/** Words typed apart that make one known word together are read as that word (흑 돼지, 월동 무). */
function joinApart(tokens: QueryToken[], lexicon: Lexicon): QueryToken[] {
  const out: QueryToken[] = []
  for (const token of tokens) {
    const previous = out[out.length - 1]
    const joined = previous?.hangul && token.hangul ? previous.hangul + token.hangul : null
    if (joined && SYLLABLES_ONLY.test(joined) && lexicon.knows(joined)) out[out.length - 1] = analyzeQueryToken(joined)
    else out.push(token)
  }
  return out
}

export function rewriteQuery(forms: QueryForms, lexicon: Lexicon, implied: ReadonlySet<string>): QueryForms {
  const tokens = joinApart(forms.tokens, lexicon).flatMap((t) => splitToken(t, lexicon))
  const meaningful = tokens.filter((t) => !implied.has(t.hangul ?? t.text))
  return { normalized: forms.normalized, tokens: meaningful.length ? meaningful : tokens }
}
