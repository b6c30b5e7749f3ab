import { describe, expect, it } from "vitest"
import { DEFAULT_BACKEND_URL, readStoreConfig } from "./config"

describe("readStoreConfig", () => {
  it("defaults the backend URL and requires the publishable key", () => {
    expect(readStoreConfig({ MEDUSA_PUBLISHABLE_KEY: "pk_test" })).toEqual({
      ok: true,
      config: { backendUrl: DEFAULT_BACKEND_URL, publishableKey: "pk_test" },
    })
  })

  it("explains a missing key in Korean", () => {
    const result = readStoreConfig({ MEDUSA_PUBLISHABLE_KEY: " " })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join()).toContain("MEDUSA_PUBLISHABLE_KEY")
  })

  it("rejects a backend URL that is not http(s) and trims a trailing slash", () => {
    expect(readStoreConfig({ MEDUSA_BACKEND_URL: "ftp://x", MEDUSA_PUBLISHABLE_KEY: "pk" }).ok).toBe(false)
    const result = readStoreConfig({ MEDUSA_BACKEND_URL: "http://127.0.0.1:9100/", MEDUSA_PUBLISHABLE_KEY: "pk" })
    expect(result.ok && result.config.backendUrl).toBe("http://127.0.0.1:9100")
  })
})
