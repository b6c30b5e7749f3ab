import { describe, expect, it } from "vitest"
import { isHandle } from "./handle"

describe("isHandle", () => {
  it("accepts ASCII kebab-case", () => {
    expect(isHandle("hallabong-namwon")).toBe(true)
    expect(isHandle("farm2")).toBe(true)
  })

  it("refuses anything the backend would reject", () => {
    for (const bad of ["", "Hallabong", "한라봉", "a--b", "-a", "a-", "a b", "x".repeat(101)]) {
      expect(isHandle(bad)).toBe(false)
    }
  })
})
