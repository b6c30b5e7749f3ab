/** A run of text, marked when the query matched it. */
export type Segment = { text: string; mark: boolean }

/**
 * Splits `text` into runs for highlighting the parts the query matched (`matched`, from the search
 * backend: pieces of the product's text, longest first). Every occurrence of every piece is marked;
 * overlapping and touching matches merge into one run. Latin letters match whatever their case.
 * Pieces that do not occur in `text` (e.g. matched in the description) are ignored.
 */
export function highlight(text: string, matched: readonly string[]): Segment[] {
  if (text === "") return []
  const lower = text.toLowerCase()
  // Lower-casing may change the length of a few letters (İ): then match case-sensitively.
  const caseless = lower.length === text.length
  const haystack = caseless ? lower : text
  const marked = new Array<boolean>(text.length).fill(false)
  for (const piece of new Set(matched.map((m) => m.trim()).filter(Boolean))) {
    const needle = caseless ? piece.toLowerCase() : piece
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      marked.fill(true, at, at + needle.length)
    }
  }
  const segments: Segment[] = []
  let start = 0
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      segments.push({ text: text.slice(start, i), mark: marked[start] === true })
      start = i
    }
  }
  return segments
}
