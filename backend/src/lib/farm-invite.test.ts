import { describe, expect, it } from "vitest"
import { inviteExpiry, inviteJoinUrl, inviteProblem, inviteTokenHash, newInviteToken } from "./farm-invite"

describe("farm invitations", () => {
  it("stores only a hash that the link's token reproduces", () => {
    const a = newInviteToken()
    const b = newInviteToken()
    expect(a.token).not.toBe(b.token)
    expect(a.hash).not.toContain(a.token)
    expect(inviteTokenHash(a.token)).toBe(a.hash)
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it("works for seven days, once", () => {
    const now = new Date("2026-11-26T00:00:00Z")
    const expires_at = inviteExpiry(now)
    expect(inviteProblem({ accepted_at: null, expires_at }, new Date("2026-12-02T23:59:00Z"))).toBeNull()
    expect(inviteProblem({ accepted_at: null, expires_at }, new Date("2026-12-03T00:00:00Z"))).toMatch(/유효기간/)
    expect(inviteProblem({ accepted_at: now, expires_at }, now)).toMatch(/이미 수락/)
  })

  it("links to the storefront's join page", () => {
    expect(inviteJoinUrl("http://localhost:8000", "a b")).toBe("http://localhost:8000/farmer/join?token=a+b")
  })
})
