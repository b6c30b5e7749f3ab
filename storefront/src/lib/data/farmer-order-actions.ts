"use server"

import { redirect } from "next/navigation"
import type { CsvReport } from "../farmer-api/schemas"
import { backendProblems, sameNames } from "../farmer-api/backend-message"
import { shipSchema } from "../farmer-api/portal-forms"
import { fieldErrors, formFields } from "../forms"
import { portalWrite, refusal, type PortalFormState } from "./farmer-write"

export type ShipFormState = PortalFormState<Record<string, string>>
export type CsvFormState = PortalFormState<Record<string, never>> & { report: CsvReport | null }

const TABS = new Set(["waiting", "shipped", "all"])

/** 발송 처리: one order's courier and 송장번호 (all of the farm's unshipped items of it). */
export async function shipOrder(prev: ShipFormState, form: FormData): Promise<ShipFormState> {
  const fields = formFields(form, ["order_id", "courier", "tracking_number"])
  const values = { courier: fields.courier ?? "", tracking_number: fields.tracking_number ?? "" }
  const attempt = prev.attempt + 1
  const parsed = shipSchema.safeParse(fields)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values, attempt }
  const { order_id, courier, tracking_number } = parsed.data

  const result = await portalWrite((api, token) => api.ship(token, order_id, { courier, tracking_number }))
  if (!result.ok) return { errors: { form: result.message }, values, attempt }
  if (!result.value.ok) {
    // The backend names the field it refuses first ("tracking_number: …"): beside that input.
    const { errors, rest } = backendProblems(refusal(result.value), sameNames("courier", "tracking_number"))
    return { errors: rest.length ? { ...errors, form: rest.join(" ") } : errors, values, attempt }
  }
  const tab = String(form.get("tab") ?? "")
  const display = String(form.get("display_id") ?? "")
  redirect(`/farmer/orders?status=${TABS.has(tab) ? tab : "waiting"}&shipped=${encodeURIComponent(display)}`)
}

const MAX_CSV_BYTES = 900 * 1024

/** 송장 일괄 등록: the CSV goes to the backend as it is; its report is shown row by row. */
export async function uploadShipmentsCsv(prev: CsvFormState, form: FormData): Promise<CsvFormState> {
  const attempt = prev.attempt + 1
  const file = form.get("file")
  const fail = (message: string): CsvFormState => ({ errors: { file: message }, values: {}, attempt, report: null })
  if (!(file instanceof File) || file.size === 0) return fail("올릴 CSV 파일을 골라 주세요.")
  if (!/\.csv$/i.test(file.name) && file.type !== "text/csv") return fail("CSV 파일만 올릴 수 있습니다. 엑셀에서 'CSV'로 저장해 주세요.")
  if (file.size > MAX_CSV_BYTES) return fail("파일이 너무 큽니다. 나누어서 올려 주세요.")

  const result = await portalWrite((api, token) => api.uploadShipments(token, file, file.name))
  if (!result.ok) return { errors: { form: result.message }, values: {}, attempt, report: null }
  if (!result.value.ok) {
    const { errors, rest } = backendProblems(refusal(result.value), sameNames("file"))
    return fail([errors.file, ...rest].filter(Boolean).join(" "))
  }
  return { errors: {}, values: {}, attempt, report: result.value.value }
}
