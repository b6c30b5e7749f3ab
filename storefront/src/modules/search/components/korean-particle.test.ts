import { describe, expect, it } from "vitest"
import { particleRo } from "./korean-particle"

describe("particleRo", () => {
  it("writes 으로 after a final consonant other than ㄹ", () => {
    expect(particleRo("천혜향")).toBe("으로")
    expect(particleRo("옥돔")).toBe("으로")
    expect(particleRo("한라봉")).toBe("으로")
  })

  it("writes 로 after a vowel or ㄹ", () => {
    expect(particleRo("사과")).toBe("로")
    expect(particleRo("감귤")).toBe("로")
    expect(particleRo("흑돼지 ")).toBe("로")
  })

  it("writes (으)로 when the word does not end in a Hangul syllable", () => {
    expect(particleRo("GAP")).toBe("(으)로")
    expect(particleRo("3kg")).toBe("(으)로")
    expect(particleRo("ㅎㄹㅂ")).toBe("(으)로")
    expect(particleRo("")).toBe("(으)로")
  })
})
