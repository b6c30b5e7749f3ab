"use server"

import { redirect } from "next/navigation"
import { joinByInvite, type InviteJoinOutcome } from "../farmer-api/join"
import { backendProblems, sameNames } from "../farmer-api/backend-message"
import { inviteSchema, joinSchema } from "../farmer-api/portal-forms"
import type { FieldErrors } from "../forms"
import { fieldErrors, formFields } from "../forms"
import { farmerBackend, farmerPortal } from "./farmer"
import { writeFarmerToken } from "./farmer-cookie"
import { portalWrite, refusal, UNREACHABLE, type PortalFormState } from "./farmer-write"
import { FarmerApiError } from "../farmer-api/http"

export type MemberFormState = PortalFormState<Record<string, string>>

/** 구성원 초대 (owner only): the invitee gets an e-mail with the /farmer/join link. */
export async function inviteMember(prev: MemberFormState, form: FormData): Promise<MemberFormState> {
  const fields = formFields(form, ["name", "email"])
  const values = { name: fields.name ?? "", email: fields.email ?? "" }
  const attempt = prev.attempt + 1
  const parsed = inviteSchema.safeParse(fields)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values, attempt }
  const result = await portalWrite((api, token) => api.invite(token, parsed.data))
  if (!result.ok) return { errors: { form: result.message }, values, attempt }
  if (!result.value.ok) return { errors: besideInputs(refusal(result.value), "name", "email"), values, attempt }
  redirect(`/farmer/members?invited=${encodeURIComponent(parsed.data.email)}`)
}

/** /farmer/join: make a login, accept the invitation with it, sign in, then /farmer. */
export async function joinFarm(prev: MemberFormState, form: FormData): Promise<MemberFormState> {
  const fields = formFields(form, ["token", "name", "phone", "email", "password", "password_confirm"])
  const values = { token: fields.token ?? "", name: fields.name ?? "", phone: fields.phone ?? "", email: fields.email ?? "" }
  const attempt = prev.attempt + 1
  const parsed = joinSchema.safeParse(fields)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values, attempt }

  let outcome: InviteJoinOutcome
  try {
    outcome = await joinByInvite(farmerBackend(), farmerPortal(), parsed.data)
  } catch (error) {
    if (!(error instanceof FarmerApiError)) throw error
    console.error("[farmer]", error.message)
    return { errors: { form: UNREACHABLE }, values, attempt }
  }
  switch (outcome.kind) {
    case "email-taken":
      return { errors: { email: "이미 가입된 이메일입니다. 다른 이메일을 쓰시거나, 그 이메일의 비밀번호를 넣어 주세요." }, values, attempt }
    case "invalid-login":
      return { errors: { form: `로그인을 만들지 못했습니다. 이메일과 비밀번호를 확인해 주세요.${outcome.message ? ` (${outcome.message})` : ""}` }, values, attempt }
    case "refused": {
      const errors = besideInputs(refusal({ status: 400, message: outcome.message }), "name", "phone")
      return { errors: { ...errors, form: `초대를 받지 못했습니다. ${errors.form ?? "이름과 휴대폰 번호를 확인해 주세요."}` }, values, attempt }
    }
    case "accepted":
      return redirect("/farmer/login?joined=1")
    case "joined":
      await writeFarmerToken(outcome.token)
      redirect("/farmer")
  }
}

/** The backend's "field: message" lines beside the named inputs; the rest (e.g. "token: …") above. */
function besideInputs(message: string, ...names: string[]): FieldErrors {
  const { errors, rest } = backendProblems(message, sameNames(...names))
  return rest.length ? { ...errors, form: rest.join(" ") } : errors
}
