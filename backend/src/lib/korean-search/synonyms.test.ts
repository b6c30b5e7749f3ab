import { describe, expect, it } from "vitest"
import { normalizeText } from "./analyzer"
import data from "./synonym-data.json"
import { buildSynonymMap, IMPLIED_WORDS, SYNONYMS, synonymsOf } from "./synonyms"

describe("synonyms", () => {
  it("makes equivalents find each other and aliases find their targets one way", () => {
    const map = buildSynonymMap({ equivalents: [["초콜릿", "초코"]], aliases: { 오톰: ["옥돔"] } })
    expect(synonymsOf("초코", map)).toEqual(["초콜릿"])
    expect(synonymsOf("초콜릿", map)).toEqual(["초코"])
    expect(synonymsOf("오톰", map)).toEqual(["옥돔"])
    expect(synonymsOf("옥돔", map)).toEqual([])
  })

  it("normalizes both sides and refuses a synonym of several words", () => {
    expect(synonymsOf("ORANGE")).toContain("감귤")
    expect(() => buildSynonymMap({ equivalents: [], aliases: { 잼: ["감귤 잼"] } })).toThrow("one word")
  })

  it("covers the catalog's usual other words", () => {
    expect(synonymsOf("밀감")).toContain("감귤")
    expect(synonymsOf("돈육")).toEqual(expect.arrayContaining(["돼지", "흑돼지"]))
    expect(synonymsOf("소고기")).toContain("한우")
    expect(synonymsOf("쥬스")).toContain("주스")
    expect(synonymsOf("해산물")).toContain("수산물")
    expect(IMPLIED_WORDS.has("제주")).toBe(true)
  })

  it("keeps its data as single, already normalized words", () => {
    const words = [...data.equivalents.flat(), ...Object.entries(data.aliases).flat(2), ...data.implied]
    for (const word of words) expect(normalizeText(word)).toBe(word)
    expect(SYNONYMS.size).toBeGreaterThan(40)
  })
})
