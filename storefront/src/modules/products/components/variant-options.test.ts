import { describe, expect, it } from "vitest"
import type { VariantView } from "@/lib/catalog/types"
import { optionGroups, selectionOf, valueSoldOut, variantFor } from "./variant-options"

function v(id: string, weight: string, use: string, soldOut = false): VariantView {
  return {
    id,
    title: `${weight} / ${use}`,
    options: [
      { name: "중량", value: weight },
      { name: "용도", value: use },
    ],
    price: 10000,
    soldOut,
    stock: soldOut ? 0 : 5,
  }
}

const variants = [v("a", "3kg", "가정용"), v("b", "5kg", "가정용"), v("c", "5kg", "선물용", true)]

describe("variant options", () => {
  it("lists each option with its values", () => {
    expect(optionGroups(variants)).toEqual([
      { name: "중량", values: ["3kg", "5kg"] },
      { name: "용도", values: ["가정용", "선물용"] },
    ])
  })
  it("finds the variant of a selection", () => {
    expect(variantFor(variants, { 중량: "5kg", 용도: "선물용" })?.id).toBe("c")
    expect(variantFor(variants, { 중량: "3kg", 용도: "선물용" })).toBeUndefined()
    expect(selectionOf(variants[1])).toEqual({ 중량: "5kg", 용도: "가정용" })
  })
  it("marks values that lead to a sold-out or missing variant", () => {
    expect(valueSoldOut(variants, { 중량: "5kg", 용도: "가정용" }, "용도", "선물용")).toBe(true)
    expect(valueSoldOut(variants, { 중량: "5kg", 용도: "선물용" }, "용도", "가정용")).toBe(false)
    expect(valueSoldOut(variants, { 중량: "3kg", 용도: "가정용" }, "용도", "선물용")).toBe(true)
  })
})
