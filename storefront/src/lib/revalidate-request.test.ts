import { describe, expect, it } from "vitest"
import { revalidateBodySchema, secretMatches } from "./revalidate-request"

describe("revalidation requests", () => {
  it("accepts the data layer's tags only", () => {
    expect(revalidateBodySchema.safeParse({ tags: ["products", "product-hallabong-namwon"] }).success).toBe(true)
    expect(revalidateBodySchema.safeParse({ tags: ["cart-cart_123"] }).success).toBe(false)
    expect(revalidateBodySchema.safeParse({ tags: [] }).success).toBe(false)
    expect(revalidateBodySchema.safeParse({ tags: ["products"], extra: 1 }).success).toBe(false)
  })

  it("compares the secret exactly, and refuses when none is configured", () => {
    expect(secretMatches("a-long-shared-secret", "a-long-shared-secret")).toBe(true)
    expect(secretMatches("a-long-shared-secret", "a-long-shared-secreT")).toBe(false)
    expect(secretMatches("a-long-shared-secret", null)).toBe(false)
    expect(secretMatches(undefined, "anything")).toBe(false)
  })
})
