/**
 * The shopper's recent searches, kept on the device (localStorage), newest first. The pure helpers
 * are tested; the storage calls swallow failures (private mode, storage full, disabled): recent
 * searches are a convenience, never a reason for the search box to break.
 */
export const RECENT_SEARCHES_KEY = "seogwipo-in:recent-searches"
export const MAX_RECENT_SEARCHES = 8
const MAX_TERM_LENGTH = 100

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">

/** A term as kept: whitespace collapsed, trimmed, cut to 100 characters. */
export function normalizeTerm(term: string): string {
  return term.replace(/\s+/g, " ").trim().slice(0, MAX_TERM_LENGTH)
}

/** The stored list, whatever was stored: a bad or foreign value reads as no searches. */
export function parseRecentSearches(raw: string | null): string[] {
  let value: unknown
  try {
    value = raw === null ? [] : JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(value)) return []
  const terms = value.filter((v): v is string => typeof v === "string").map(normalizeTerm).filter(Boolean)
  return [...new Set(terms)].slice(0, MAX_RECENT_SEARCHES)
}

/** `list` with `term` first (moved up when already there), at most eight. */
export function addRecentSearch(list: readonly string[], term: string): string[] {
  const t = normalizeTerm(term)
  if (!t) return list.slice(0, MAX_RECENT_SEARCHES)
  return [t, ...list.filter((x) => x !== t)].slice(0, MAX_RECENT_SEARCHES)
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage
  } catch {
    return null // access itself throws when storage is disabled
  }
}

export function readRecentSearches(store: Storage | null = storage()): string[] {
  try {
    return parseRecentSearches(store?.getItem(RECENT_SEARCHES_KEY) ?? null)
  } catch {
    return []
  }
}

/** Records `term` and returns the new list. */
export function rememberSearch(term: string, store: Storage | null = storage()): string[] {
  const list = addRecentSearch(readRecentSearches(store), term)
  try {
    store?.setItem(RECENT_SEARCHES_KEY, JSON.stringify(list))
  } catch {
    // not kept: the search itself goes on
  }
  return list
}

export function clearRecentSearches(store: Storage | null = storage()): void {
  try {
    store?.removeItem(RECENT_SEARCHES_KEY)
  } catch {
    // nothing to do
  }
}
