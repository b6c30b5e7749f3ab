import { describe, expect, it } from "vitest"
import { formatTable } from "./table"

describe("formatTable", () => {
  it("pads columns to the widest cell, the first left-aligned and the others right-aligned", () => {
    const table = formatTable(
      ["page", "perf", "a11y"],
      [
        ["home", "0.99", "1.00"],
        ["category", "0.9", "0.95"],
      ],
    )
    expect(table.split("\n")).toEqual(["page      perf  a11y", "--------------------", "home      0.99  1.00", "category   0.9  0.95"])
  })

  it("counts Hangul and symbols as one column each, honours left-aligned columns and fills missing cells", () => {
    const table = formatTable(["what", "ok", "note"], [["장바구니", "✓", "x"], ["cart"]], { left: [0, 2] })
    expect(table.split("\n")).toEqual(["what  ok  note", "--------------", "장바구니   ✓  x", "cart"])
  })
})
