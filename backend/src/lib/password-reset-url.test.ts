import { describe, expect, it } from "vitest"
import { passwordResetUrl } from "./password-reset-url"

describe("passwordResetUrl", () => {
  it("points at the storefront's reset page with the token and the e-mail, escaped", () => {
    const url = new URL(passwordResetUrl("http://localhost:8000", "a.b-c_d", "hong+gil@example.com"))
    expect(url.origin + url.pathname).toBe("http://localhost:8000/account/reset-password")
    expect(url.searchParams.get("token")).toBe("a.b-c_d")
    expect(url.searchParams.get("email")).toBe("hong+gil@example.com")
  })
})

describe("passwordResetUrl for farmers", () => {
  it("points at the farmer portal's reset page", () => {
    const url = new URL(passwordResetUrl("https://shop.example", "t", "farm@example.com", "farmer"))
    expect(url.pathname).toBe("/farmer/reset-password")
  })
})
