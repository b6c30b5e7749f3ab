import { describe, expect, it } from "vitest"
import {
  analyzeDocumentText,
  analyzeQuery,
  analyzeQueryToken,
  analyzeWord,
  normalizeText,
  syllableGrams,
  toQwerty,
  wordSuffixes,
} from "./analyzer"
import { rewriteQuery, splitJoined, type Lexicon } from "./query-rewrite"

/** Edit distance, to check that one wrong jamo is one keystroke edit. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]
}

describe("normalizeText", () => {
  it("composes (NFC), lower-cases and drops punctuation", () => {
    expect(normalizeText("한라봉".normalize("NFD"))).toBe("한라봉")
    expect(normalizeText("서귀포 한라봉 (3KG)!")).toBe("서귀포 한라봉 3kg")
    expect(normalizeText("감귤·만감류, 100% 착즙")).toBe("감귤 만감류 100 착즙")
    expect(normalizeText("  ㅎㄹㅂ  ")).toBe("ㅎㄹㅂ")
  })
})

describe("analyzeWord", () => {
  it("derives 초성, jamo, romanization and keystrokes with es-hangul", () => {
    expect(analyzeWord("한라봉")).toEqual({
      word: "한라봉",
      choseong: "ㅎㄹㅂ",
      jamo: "ㅎㅏㄴㄹㅏㅂㅗㅇ",
      roman: "hallabong",
      qwerty: "gksfkqhd",
    })
    expect(analyzeWord("천혜향").roman).toBe("cheonhyehyang")
    expect(analyzeWord("haccp")).toMatchObject({ choseong: "", roman: "haccp", qwerty: "haccp" })
  })

  it("folds Shift in keystrokes, so a missed Shift (ㅖ -> ㅔ) is no difference", () => {
    expect(toQwerty("천혜향")).toBe("cjsgpgid")
    expect(toQwerty("천헤향")).toBe(toQwerty("천혜향"))
  })

  it("makes one wrong jamo one keystroke edit", () => {
    expect(distance(toQwerty("한라붕"), toQwerty("한라봉"))).toBe(1)
    expect(distance(toQwerty("레드햠"), toQwerty("레드향"))).toBe(1)
  })
})

describe("analyzeDocumentText", () => {
  it("gives words, per-word forms, word tails and syllable grams", () => {
    const d = analyzeDocumentText("효돈 노지감귤 (GAP)")
    expect(d.tokens).toEqual(["효돈", "노지감귤", "gap"])
    expect(d.choseong).toEqual(["ㅎㄷ", "ㄴㅈㄱㄱ"])
    expect(d.qwerty).toEqual(["gyehs", "shwlrkarbf"])
    expect(d.roman).toEqual(["hyodon", "nojigamgyul"])
    expect(d.suffixes).toEqual(["지감귤", "감귤"])
    expect(d.grams).toEqual(expect.arrayContaining(["효", "귤", "효돈", "노지", "감귤"]))
  })

  it("makes grams across neighbouring Hangul words, so joined queries meet spaced names", () => {
    expect(analyzeDocumentText("제주 한우").grams).toContain("주한")
    expect(syllableGrams("흑돼지")).toEqual(["흑", "돼", "지", "흑돼", "돼지"])
    expect(syllableGrams("천혜ㅎ")).toEqual(["천", "혜", "천혜"])
  })

  it("lists word tails of two syllables or more", () => {
    expect(wordSuffixes("은갈치")).toEqual(["갈치"])
    expect(wordSuffixes("귤")).toEqual([])
  })
})

describe("analyzeQuery", () => {
  const token = (q: string) => analyzeQuery(q).tokens[0]

  it("reads 초성, typed in Korean or in English mode", () => {
    expect(token("ㅎㄹㅂ")).toMatchObject({ choseong: "ㅎㄹㅂ", hangul: "ㅎㄹㅂ" })
    expect(token("gfq")).toMatchObject({ choseong: "ㅎㄹㅂ" })
  })

  it("reads English-mode keys as Hangul, and any Latin word as a possible romanization", () => {
    expect(token("gksfkqhd")).toMatchObject({ hangul: "한라봉", qwerty: "gksfkqhd", grams: ["한라", "라봉"] })
    expect(token("hallabong")).toMatchObject({ hangul: null, roman: "hallabong", grams: [] })
    expect(token("2kg")).toMatchObject({ hangul: null, roman: null, qwerty: "2kg" })
  })

  it("makes a half-typed last syllable a keystroke prefix of the whole word", () => {
    expect(toQwerty("한라봉").startsWith(token("한랍").qwerty)).toBe(true)
    expect(toQwerty("천혜향").startsWith(token("천혜ㅎ").qwerty)).toBe(true)
    expect(toQwerty("천혜향").startsWith(token("cjsgPg").qwerty)).toBe(true)
  })

  it("gives 2-grams of a long word and the syllable itself of a short one", () => {
    expect(token("제주감귤").grams).toEqual(["제주", "주감", "감귤"])
    expect(token("귤").grams).toEqual(["귤"])
    expect(analyzeQueryToken("천혜ㅎ").grams).toEqual(["천혜"])
  })

  it("splits words and normalizes the query like the text", () => {
    const forms = analyzeQuery(" 흑돼지,  목살 ")
    expect(forms.normalized).toBe("흑돼지 목살")
    expect(forms.tokens.map((t) => t.text)).toEqual(["흑돼지", "목살"])
  })
})

describe("query rewriting", () => {
  const words = new Set(["흑돼지", "목살", "제주", "감귤", "천혜향", "선물세트", "월동무", "돌하르방"])
  const lexicon: Lexicon = {
    knows: (w) => words.has(w),
    knowsPrefix: (w) => [...words].some((k) => k.startsWith(w)),
  }
  const rewrite = (q: string) =>
    rewriteQuery(analyzeQuery(q), lexicon, new Set(["제주"])).tokens.map((t) => t.text)

  it("splits words typed joined into known words (the last may still be being typed)", () => {
    expect(splitJoined("흑돼지목살", lexicon)).toEqual(["흑돼지", "목살"])
    expect(splitJoined("천혜향선물", lexicon)).toEqual(["천혜향", "선물"])
    expect(splitJoined("바나나우유", lexicon)).toBeNull()
  })

  it("drops a particle left on a known word", () => {
    expect(rewrite("옥돔이")).toEqual(["옥돔이"]) // 옥돔 is not in this lexicon: the word stays
    expect(rewrite("흑돼지를")).toEqual(["흑돼지"])
    expect(rewrite("감귤로")).toEqual(["감귤"])
  })

  it("joins words typed apart that make a known word", () => {
    expect(rewrite("흑 돼지")).toEqual(["흑돼지"])
    expect(rewrite("월동 무")).toEqual(["월동무"])
  })

  it("drops words every product shares, unless nothing else is left", () => {
    expect(rewrite("제주감귤")).toEqual(["감귤"])
    expect(rewrite("제주 흑돼지 목살")).toEqual(["흑돼지", "목살"])
    expect(rewrite("제주")).toEqual(["제주"])
  })
})
