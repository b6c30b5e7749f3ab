import { describe, expect, it } from "vitest"
import {
  MAX_RECENT_SEARCHES,
  RECENT_SEARCHES_KEY,
  addRecentSearch,
  clearRecentSearches,
  parseRecentSearches,
  readRecentSearches,
  rememberSearch,
} from "./recent-searches"

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial))
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  }
}

describe("addRecentSearch", () => {
  it("puts the newest term first", () => {
    expect(addRecentSearch(["감귤"], "한라봉")).toEqual(["한라봉", "감귤"])
  })

  it("moves a repeated term to the front instead of keeping it twice", () => {
    expect(addRecentSearch(["한라봉", "감귤", "옥돔"], "옥돔")).toEqual(["옥돔", "한라봉", "감귤"])
    expect(addRecentSearch(["한라봉 선물"], "  한라봉   선물 ")).toEqual(["한라봉 선물"])
  })

  it("keeps at most eight terms, dropping the oldest", () => {
    const list = Array.from({ length: MAX_RECENT_SEARCHES }, (_, i) => `검색어${i}`)
    const next = addRecentSearch(list, "새 검색어")
    expect(next).toHaveLength(MAX_RECENT_SEARCHES)
    expect(next[0]).toBe("새 검색어")
    expect(next).not.toContain(`검색어${MAX_RECENT_SEARCHES - 1}`)
  })

  it("ignores an empty term", () => {
    expect(addRecentSearch(["감귤"], "   ")).toEqual(["감귤"])
  })
})

describe("parseRecentSearches", () => {
  it("reads a stored list", () => {
    expect(parseRecentSearches(JSON.stringify(["한라봉", "옥돔"]))).toEqual(["한라봉", "옥돔"])
  })

  it("reads nothing, broken JSON and foreign values as no searches", () => {
    for (const raw of [null, "", "{", "42", '{"a":1}', "null"]) expect(parseRecentSearches(raw)).toEqual([])
  })

  it("keeps only non-empty strings, once each, at most eight", () => {
    const raw = JSON.stringify(["감귤", 3, null, "", " 감귤 ", ...Array.from({ length: 20 }, (_, i) => `t${i}`)])
    const list = parseRecentSearches(raw)
    expect(list[0]).toBe("감귤")
    expect(list).toHaveLength(MAX_RECENT_SEARCHES)
    expect(new Set(list).size).toBe(list.length)
  })
})

describe("storage", () => {
  it("remembers, reads back and clears", () => {
    const store = memoryStorage()
    expect(readRecentSearches(store)).toEqual([])
    rememberSearch("한라봉", store)
    expect(rememberSearch("천혜향", store)).toEqual(["천혜향", "한라봉"])
    expect(JSON.parse(store.data.get(RECENT_SEARCHES_KEY) ?? "")).toEqual(["천혜향", "한라봉"])
    expect(readRecentSearches(store)).toEqual(["천혜향", "한라봉"])
    clearRecentSearches(store)
    expect(readRecentSearches(store)).toEqual([])
  })

  it("survives a storage that throws, and no storage at all", () => {
    const broken = {
      getItem: () => {
        throw new Error("SecurityError")
      },
      setItem: () => {
        throw new Error("QuotaExceededError")
      },
      removeItem: () => {
        throw new Error("SecurityError")
      },
    }
    expect(readRecentSearches(broken)).toEqual([])
    expect(rememberSearch("감귤", broken)).toEqual(["감귤"])
    expect(() => clearRecentSearches(broken)).not.toThrow()
    expect(readRecentSearches(null)).toEqual([])
    expect(rememberSearch("감귤", null)).toEqual(["감귤"])
  })
})
