import { createHash, randomBytes } from "node:crypto"

/** How long an invitation link works. */
export const INVITE_DAYS = 7

/** A new invitation token (the e-mail's link carries it) and the hash that is stored. */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url")
  return { token, hash: inviteTokenHash(token) }
}

export function inviteTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_DAYS * 24 * 60 * 60 * 1000)
}

/** Why an invitation cannot be accepted now, or null when it can. */
export function inviteProblem(invite: { accepted_at: Date | string | null; expires_at: Date | string }, now: Date): string | null {
  if (invite.accepted_at) return "이미 수락된 초대입니다"
  if (new Date(invite.expires_at).getTime() <= now.getTime()) return "초대 링크의 유효기간이 지났습니다. 농장 대표에게 다시 초대를 요청해 주세요"
  return null
}

/** The storefront page where the invitee creates a login and joins the farm. */
export function inviteJoinUrl(storefrontUrl: string, token: string): string {
  const url = new URL("/farmer/join", storefrontUrl)
  url.searchParams.set("token", token)
  return url.toString()
}
