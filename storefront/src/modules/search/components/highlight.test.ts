import { describe, expect, it } from "vitest"
import { highlight } from "./highlight"

describe("highlight", () => {
  it("marks the matched word inside a title", () => {
    expect(highlight("서귀포 한라봉 3kg", ["한라봉"])).toEqual([
      { text: "서귀포 ", mark: false },
      { text: "한라봉", mark: true },
      { text: " 3kg", mark: false },
    ])
  })

  it("leaves the title whole when nothing matched it", () => {
    expect(highlight("제주 옥돔 세트", [])).toEqual([{ text: "제주 옥돔 세트", mark: false }])
    expect(highlight("제주 옥돔 세트", ["부지화", "", "  "])).toEqual([{ text: "제주 옥돔 세트", mark: false }])
  })

  it("marks every occurrence, at the start and the end", () => {
    expect(highlight("감귤 주스와 감귤", ["감귤"])).toEqual([
      { text: "감귤", mark: true },
      { text: " 주스와 ", mark: false },
      { text: "감귤", mark: true },
    ])
  })

  it("merges overlapping and touching pieces into one mark", () => {
    expect(highlight("노지감귤선물세트", ["노지감귤", "감귤", "선물"])).toEqual([
      { text: "노지감귤선물", mark: true },
      { text: "세트", mark: false },
    ])
    expect(highlight("aaa", ["aa"])).toEqual([{ text: "aaa", mark: true }])
  })

  it("matches Latin letters whatever their case, keeping the title's own", () => {
    expect(highlight("GAP 인증 Tangerine", ["gap", "TANGERINE"])).toEqual([
      { text: "GAP", mark: true },
      { text: " 인증 ", mark: false },
      { text: "Tangerine", mark: true },
    ])
  })

  it("matches case-sensitively when lower-casing would change the length", () => {
    expect(highlight("İzmir 감귤", ["감귤"])).toEqual([
      { text: "İzmir ", mark: false },
      { text: "감귤", mark: true },
    ])
  })

  it("trims pieces and keeps the text intact when joined back", () => {
    const title = "[선물용] 서귀포 레드향 5kg (대과)"
    const segments = highlight(title, [" 레드향 ", "5kg", "선물"])
    expect(segments.map((s) => s.text).join("")).toBe(title)
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(["선물", "레드향", "5kg"])
  })

  it("gives nothing for an empty title", () => {
    expect(highlight("", ["감귤"])).toEqual([])
  })
})
