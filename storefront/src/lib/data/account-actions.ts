"use server"

import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import { fieldErrors } from "../forms"
import { signInSchema, signUpSchema } from "../account/account-schema"
import { formFields } from "../forms"
import { clearAuthToken, writeAuthToken } from "./auth-cookie"
import { storeSdk } from "./client"

export type AccountFormState = { errors: Partial<Record<string, string>>; values: Record<string, string> }

const keep = (fields: Record<string, string | undefined>, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, fields[n] ?? ""]))

/** POST /auth/customer/emailpass: a token, or null for a wrong e-mail or password. */
async function login(email: string, password: string): Promise<string | null> {
  try {
    const { token } = await storeSdk().client.fetch<{ token: string }>("/auth/customer/emailpass", {
      method: "POST",
      body: { email, password },
      cache: "no-store",
    })
    return token
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) return null
    throw error
  }
}

export async function signIn(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const fields = formFields(form, ["email", "password"])
  const parsed = signInSchema.safeParse(fields)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values: keep(fields, ["email"]) }
  const token = await login(parsed.data.email, parsed.data.password)
  if (!token) return { errors: { form: "이메일 또는 비밀번호가 맞지 않습니다." }, values: keep(fields, ["email"]) }
  await writeAuthToken(token)
  redirect("/account")
}

export async function signUp(_prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const fields = formFields(form, ["name", "email", "phone", "password", "password_confirm"])
  const values = keep(fields, ["name", "email", "phone"])
  const parsed = signUpSchema.safeParse(fields)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values }
  const { name, email, phone, password } = parsed.data
  const sdk = storeSdk()
  let registration: string
  try {
    ;({ token: registration } = await sdk.client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email, password },
      cache: "no-store",
    }))
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) return { errors: { email: "이미 가입된 이메일입니다. 로그인해 주세요." }, values }
    throw error
  }
  // Korean names are written family name first; Medusa keeps the whole name in first_name.
  await sdk.client.fetch("/store/customers", {
    method: "POST",
    body: { email, first_name: name, last_name: "", phone },
    headers: { authorization: `Bearer ${registration}` },
    cache: "no-store",
  })
  const token = await login(email, password)
  if (!token) return { errors: { form: "가입은 되었지만 로그인하지 못했습니다. 다시 로그인해 주세요." }, values }
  await writeAuthToken(token)
  redirect("/account")
}

export async function signOut(): Promise<void> {
  await clearAuthToken()
  redirect("/")
}
