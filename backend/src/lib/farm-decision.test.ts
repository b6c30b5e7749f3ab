import { describe, expect, it } from "vitest"
import { decide } from "./farm-decision"

describe("decide", () => {
  it("follows pending -> approved/rejected, approved -> suspended -> approved", () => {
    expect(decide("pending", "approve")).toEqual({ ok: true, status: "approved" })
    expect(decide("pending", "reject")).toEqual({ ok: true, status: "rejected" })
    expect(decide("approved", "suspend")).toEqual({ ok: true, status: "suspended" })
    expect(decide("suspended", "reinstate")).toEqual({ ok: true, status: "approved" })
  })
  it("refuses the others, naming the statuses", () => {
    expect(decide("approved", "approve")).toMatchObject({ ok: false, message: expect.stringMatching(/pending or rejected/) })
    expect(decide("pending", "suspend")).toMatchObject({ ok: false })
    expect(decide("rejected", "reinstate")).toMatchObject({ ok: false })
  })
})
