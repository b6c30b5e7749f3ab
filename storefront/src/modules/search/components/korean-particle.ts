/**
 * "로" or "으로" after `word`, as Korean grammar wants: 으로 after a final consonant other than ㄹ
 * (옥돔으로, 천혜향으로), 로 after a vowel or ㄹ (감귤로, 사과로). When the
 * word does not end in a Hangul syllable (a number, Latin letters), both are written: "(으)로".
 */
export function particleRo(word: string): string {
  const w = word.trim()
  const code = w.charCodeAt(w.length - 1) - 0xac00
  if (!(code >= 0 && code < 11172)) return "(으)로"
  const final = code % 28
  return final === 0 || final === 8 ? "로" : "으로"
}
