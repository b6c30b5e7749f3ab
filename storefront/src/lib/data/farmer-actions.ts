"use server"

import { redirect } from "next/navigation"
import { signInSchema } from "../account/account-schema"
import { FarmerApiError, joinAsFarmer, signInAsFarmer, type JoinOutcome, type SignInOutcome } from "../farmer-api"
import { applicationErrors, applicationInput, applicationSchema, backendFieldNames, keptValues } from "../farmer-application"
import { fieldErrors, formFields, type FieldErrors } from "../forms"
import { farmerBackend } from "./farmer"
import { clearFarmerToken, writeFarmerToken } from "./farmer-cookie"

/** `attempt` counts answers, so the form is drawn afresh with the kept values after each one. */
export type FarmerFormState = { errors: FieldErrors; values: Record<string, string>; attempt: number }

const EMAIL_TAKEN = "이미 가입된 이메일입니다. 로그인해 주세요."
const UNREACHABLE = "서버에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요. 적은 내용은 그대로 있습니다."

/** A backend that cannot be reached must not lose a long form: the farmer reads a message instead. */
async function orUnreachable<T>(step: () => Promise<T>): Promise<T | null> {
  try {
    return await step()
  } catch (error) {
    if (!(error instanceof FarmerApiError)) throw error
    console.error("[farmer]", error.message)
    return null
  }
}

/** /farmer/apply: register, apply with the registration token, sign in, then /farmer. */
export async function applyAsFarmer(prev: FarmerFormState, form: FormData): Promise<FarmerFormState> {
  const values = keptValues(form)
  const attempt = prev.attempt + 1
  const parsed = applicationSchema.safeParse(applicationInput(form))
  if (!parsed.success) return { errors: applicationErrors(parsed.error), values, attempt }
  const { body, password } = parsed.data

  const outcome: JoinOutcome | null = await orUnreachable(() => joinAsFarmer(farmerBackend(), body, password))
  if (!outcome) return { errors: { form: UNREACHABLE }, values, attempt }
  switch (outcome.kind) {
    case "email-taken":
      return { errors: { email: EMAIL_TAKEN }, values, attempt }
    case "invalid-login":
      return { errors: { form: `계정을 만들지 못했습니다. 이메일과 비밀번호를 확인해 주세요.${outcome.message ? ` (${outcome.message})` : ""}` }, values, attempt }
    case "rejected": {
      const errors: FieldErrors = {
        form: `신청서를 보내지 못했습니다. 내용을 고쳐 다시 보내 주세요.${outcome.message ? ` (${outcome.message})` : ""}`,
      }
      for (const name of backendFieldNames(outcome.message)) errors[name] = "이 칸을 확인해 주세요."
      return { errors, values, attempt }
    }
    case "applied":
      return redirect("/farmer/login?applied=1")
    case "joined":
      await writeFarmerToken(outcome.token)
      redirect("/farmer")
  }
}

/** /farmer/login: e-mail and password, the cookie, then /farmer. */
export async function signInFarmer(prev: FarmerFormState, form: FormData): Promise<FarmerFormState> {
  const fields = formFields(form, ["email", "password"])
  const values = { email: fields.email ?? "" }
  const attempt = prev.attempt + 1
  const parsed = signInSchema.safeParse(fields)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values, attempt }

  const outcome: SignInOutcome | null = await orUnreachable(() => signInAsFarmer(farmerBackend(), parsed.data.email, parsed.data.password))
  if (!outcome) return { errors: { form: "서버에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요." }, values, attempt }
  switch (outcome.kind) {
    case "wrong":
      return { errors: { form: "이메일 또는 비밀번호가 맞지 않습니다." }, values, attempt }
    case "no-farm":
      return { errors: { form: "이 이메일로 받은 입점 신청이 없습니다. 먼저 입점 신청을 해 주세요." }, values, attempt }
    case "signed-in":
      await writeFarmerToken(outcome.token)
      redirect("/farmer")
  }
}

export async function signOutFarmer(): Promise<void> {
  await clearFarmerToken()
  redirect("/farmer/login")
}
