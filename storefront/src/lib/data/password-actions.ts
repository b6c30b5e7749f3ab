"use server"

import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import { forgotPasswordSchema, resetPasswordSchema } from "../account/password-schema"
import { fieldErrors, formFields } from "../forms"
import { storeSdk } from "./client"

export type ForgotPasswordState = { errors: Partial<Record<string, string>>; values: Record<string, string>; sent: boolean }
export type ResetPasswordState = { errors: Partial<Record<string, string>> }

const RETRY = "잠시 후 다시 시도해 주세요."

/** Shoppers and farmers reset the same way, each through its own Medusa actor and pages. */
const ACTORS = {
  customer: { auth: "/auth/customer/emailpass", login: "/account/login" },
  farmer: { auth: "/auth/farmer/emailpass", login: "/farmer/login" },
} as const
type Actor = keyof typeof ACTORS

/** The hidden `actor` field of the forms: anything but "farmer" is a shopper. */
function actorOf(form: FormData): Actor {
  return form.get("actor") === "farmer" ? "farmer" : "customer"
}

/**
 * 비밀번호 찾기: Medusa e-mails a one-time link (the backend's password-reset subscriber). The
 * answer is the same whether or not the address has an account, so nobody can probe for one.
 * Called through the SDK's client, never `sdk.auth.*`, whose token storage is shared on a server.
 */
export async function requestPasswordReset(_prev: ForgotPasswordState, form: FormData): Promise<ForgotPasswordState> {
  const fields = formFields(form, ["email"])
  const values = { email: fields.email ?? "" }
  const parsed = forgotPasswordSchema.safeParse(fields)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values, sent: false }
  try {
    await storeSdk().client.fetch(`${ACTORS[actorOf(form)].auth}/reset-password`, {
      method: "POST",
      body: { identifier: parsed.data.email },
      headers: { accept: "text/plain" }, // 201 Created, no JSON body
      cache: "no-store",
    })
  } catch {
    return { errors: { form: `메일을 보내지 못했습니다. ${RETRY}` }, values, sent: false }
  }
  return { errors: {}, values, sent: true }
}

/** 비밀번호 재설정: the link's token (single use, 15 minutes) authorizes the new password. */
export async function resetPassword(_prev: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  const parsed = resetPasswordSchema.safeParse(formFields(form, ["token", "email", "password", "password_confirm"]))
  if (!parsed.success) return { errors: fieldErrors(parsed.error) }
  const { token, email, password } = parsed.data
  const actor = ACTORS[actorOf(form)]
  try {
    // The account is the token's: Medusa takes entity_id from it and ignores any e-mail in the body.
    await storeSdk().client.fetch(`${actor.auth}/update`, {
      method: "POST",
      body: { password },
      headers: { authorization: `Bearer ${token}` },
      cache: "no-store",
    })
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) {
      return { errors: { token: "링크가 만료되었거나 이미 사용되었습니다. 비밀번호 찾기를 다시 요청해 주세요." } }
    }
    return { errors: { form: `비밀번호를 바꾸지 못했습니다. ${RETRY}` } }
  }
  redirect(`${actor.login}?reset=done${email ? `&email=${encodeURIComponent(email)}` : ""}`)
}
