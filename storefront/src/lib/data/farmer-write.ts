import "server-only"
import { redirect } from "next/navigation"
import { FarmerApiError } from "../farmer-api/http"
import type { FarmerPortalApi } from "../farmer-api/portal"
import type { FieldErrors } from "../forms"
import { farmerPortal } from "./farmer"
import { readFarmerToken } from "./farmer-cookie"

/** What the portal's server actions share: the token, a backend that is down, a refused write. */

/** `attempt` counts answers, so the form is drawn afresh with the kept values after each one. */
export type PortalFormState<V> = { errors: FieldErrors; values: V; attempt: number }

export const UNREACHABLE = "서버에 연결하지 못했습니다. 잠시 후 다시 시도해 주세요. 적은 내용은 그대로 있습니다."

/** The farmer's token, or off to the sign-in page (the cookie ran out while the form was open). */
export async function tokenOrSignIn(): Promise<string> {
  const token = await readFarmerToken()
  if (!token) redirect("/farmer/login")
  return token
}

export type Written<T> = { ok: true; value: T } | { ok: false; message: string }

/**
 * Run the writes (and any read they need). A read refused on the way (the listing is gone: 404)
 * or a backend that cannot be reached or answers off the contract gives a message for the form,
 * which keeps what was typed; the reason goes to the server log.
 */
export async function portalWrite<T>(step: (api: FarmerPortalApi, token: string) => Promise<T>): Promise<Written<T>> {
  const token = await tokenOrSignIn()
  try {
    return { ok: true, value: await step(farmerPortal(), token) }
  } catch (error) {
    if (!(error instanceof FarmerApiError)) throw error
    console.error("[farmer]", error.message)
    const status = error.status ?? 0
    return { ok: false, message: status >= 400 && status < 500 ? refusal({ status, message: "" }) : UNREACHABLE }
  }
}

/** A refused write in the farmer's words: the backend's own (Korean) message when it gave one. */
export function refusal(result: { status: number; message: string }): string {
  if (result.status === 401) redirect("/farmer/login")
  if (result.status === 403) return result.message || "지금은 고칠 수 없습니다. 농장이 판매 중지 상태이거나, 이 일을 할 권한이 없습니다."
  if (result.status === 404) return "찾을 수 없습니다. 목록으로 돌아가 다시 골라 주세요."
  return result.message || "입력한 내용을 다시 확인해 주세요."
}
