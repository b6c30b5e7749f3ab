import type { QueryForms } from "./analyzer"
import { buildRecord, createIndex } from "./index-fields"
import { matchQuery, type MatchOptions } from "./matcher"
import type { NamedSuggestion } from "./types"

/**
 * Categories and farms, indexed by name with the same analyzer, for autocomplete. They are known
 * only through the products that name them, so each is counted and dropped with its last product.
 */

export type NamedKind = "category" | "farm"

interface Entry extends NamedSuggestion {
  kind: NamedKind
  products: number
}

export class NamedIndex {
  private readonly index = createIndex()
  private readonly entries = new Map<string, Entry>()

  retain(kind: NamedKind, handle: string | null, name: string | null): void {
    if (!handle || !name) return
    const id = `${kind}:${handle}`
    const entry = this.entries.get(id)
    if (entry && entry.name === name) {
      entry.products++
      return
    }
    if (entry) this.index.discard(id)
    this.entries.set(id, { kind, handle, name, products: (entry?.products ?? 0) + 1 })
    this.index.add(buildRecord({ id, name, tags: [handle.replace(/-/g, " ")], aliases: [], body: [] }))
  }

  release(kind: NamedKind, handle: string | null): void {
    const id = `${kind}:${handle}`
    const entry = this.entries.get(id)
    if (!entry) return
    if (--entry.products > 0) return
    this.entries.delete(id)
    this.index.discard(id)
  }

  /** Best matches of a kind, scored and cut like products (see matcher.ts). */
  search(forms: QueryForms, kind: NamedKind, limit: number, options: MatchOptions): NamedSuggestion[] {
    const hits = matchQuery(this.index, forms, { ...options, only: (id) => this.entries.get(id)?.kind === kind })
    return [...hits]
      .sort(([, a], [, b]) => b.score - a.score)
      .slice(0, limit)
      .flatMap(([id]) => {
        const entry = this.entries.get(id)
        return entry ? [{ handle: entry.handle, name: entry.name }] : []
      })
  }
}
