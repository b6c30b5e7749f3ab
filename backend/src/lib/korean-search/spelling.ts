import SearchableMap from "minisearch/SearchableMap"
import { analyzeWord, hasHangul, toQwerty, wordSuffixes, type QueryForms, type QueryToken } from "./analyzer"

/**
 * The words of product names, for "did you mean": a query word that finds nothing is replaced by
 * the nearest known word, measured in keystrokes (so one wrong jamo is one edit) or, for Latin
 * letters, also as a romanization.
 */

interface Known {
  word: string
  uses: number
}

export class Spelling {
  private readonly byKeys = new SearchableMap<Known>()
  private readonly byRoman = new SearchableMap<Known>()

  /**
   * Remembers name words and their tails (은갈치 -> 갈치); words of removed products stay (a
   * correction is checked by searching it).
   */
  learn(words: Iterable<string>): void {
    for (const word of [...words].flatMap((w) => [w, ...wordSuffixes(w)])) {
      const forms = analyzeWord(word)
      this.remember(this.byKeys, forms.qwerty, word)
      if (hasHangul(word)) this.remember(this.byRoman, forms.roman, word)
    }
  }

  knows(word: string): boolean {
    return this.byKeys.has(toQwerty(word))
  }

  /** How many product names use the word (0 when unknown): a cheap guess at how much it finds. */
  frequency(keys: string): number {
    return this.byKeys.get(keys)?.uses ?? 0
  }

  knowsPrefix(word: string): boolean {
    return this.byKeys.atPrefix(toQwerty(word)).size > 0
  }

  /** The query with each unknown word replaced by its nearest known word; null when nothing changes. */
  correct(forms: QueryForms): string | null {
    const nearest = forms.tokens.map((t) => this.nearest(t))
    if (nearest.every((word) => word === null)) return null
    return forms.tokens.map((t, i) => nearest[i] ?? t.hangul ?? t.text).join(" ")
  }

  private remember(map: SearchableMap<Known>, key: string, word: string): void {
    const known = map.get(key)
    if (known) known.uses++
    else map.set(key, { word, uses: 1 })
  }

  private nearest(token: QueryToken): string | null {
    if (this.byKeys.has(token.qwerty)) return null
    // One wrong key up to 7 keys (two or three syllables), two beyond: further is another word.
    const maxEdits = token.qwerty.length < 8 ? 1 : 2
    const candidates = [...this.byKeys.fuzzyGet(token.qwerty, maxEdits).values()]
    if (token.roman) candidates.push(...this.byRoman.fuzzyGet(token.roman, maxEdits).values())
    // Fewest edits first, then the word most products use.
    candidates.sort(([a, da], [b, db]) => da - db || b.uses - a.uses)
    return candidates[0]?.[0].word ?? null
  }
}
