import { describe, expect, it } from "vitest"
import { StoreError, storeErrorKind } from "./store-error"

describe("StoreError digest", () => {
  it("round-trips the kind through the digest the browser receives", () => {
    const error = new StoreError("config", "MEDUSA_PUBLISHABLE_KEY missing")
    expect(storeErrorKind(error.digest)).toBe("config")
    expect(storeErrorKind(new StoreError("unavailable", "down").digest)).toBe("unavailable")
  })

  it("ignores other digests", () => {
    expect(storeErrorKind("2839471234")).toBeNull()
    expect(storeErrorKind(undefined)).toBeNull()
    expect(storeErrorKind("seogwipo-store:other")).toBeNull()
  })
})
