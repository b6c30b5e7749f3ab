import { describe, expect, it } from "vitest"
import { farmHandle, uniqueHandle } from "./farm-handle"

describe("farmHandle", () => {
  it("romanizes Korean names into URL handles", () => {
    expect(farmHandle("남원 햇살과수원")).toMatch(/^namwon-haes?/)
    expect(farmHandle("효돈 GAP 농장!")).toMatch(/^hyodon-gap-nongjang$/)
    expect(farmHandle("!!!")).toBe("farm")
  })
  it("adds a number when the handle is taken", () => {
    expect(uniqueHandle("a", new Set())).toBe("a")
    expect(uniqueHandle("a", new Set(["a", "a-2"]))).toBe("a-3")
  })
})
