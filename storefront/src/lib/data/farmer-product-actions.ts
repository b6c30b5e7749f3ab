"use server"

import { redirect } from "next/navigation"
import { listingValues, readListingForm, type ListingFormValues } from "../farmer-api/listing-form"
import { changedFields, parseListing, problemFields } from "../farmer-api/listing-schema"
import type { FieldErrors } from "../forms"
import { portalWrite, refusal, type PortalFormState } from "./farmer-write"

export type ListingFormState = PortalFormState<ListingFormValues>
export type StockFormState = PortalFormState<Record<string, string>>

type Outcome = { done: "saved" | "submitted"; id: string } | { errors: FieldErrors; values: ListingFormValues }

/** A refused write: each backend problem beside its input, the rest (and `lead`) above the form. */
function refused(result: { status: number; message: string }, values: ListingFormValues, lead = ""): Outcome {
  const { errors, rest } = problemFields(refusal(result), values)
  const form = [lead, ...rest].filter(Boolean).join(" ")
  return { errors: form ? { ...errors, form } : errors, values }
}

/**
 * 임시 저장 / 심사 요청 (the button's `intent`). A new listing is created first; an existing one
 * gets only what changed. When 심사 요청 is refused after the save went in, the form is drawn from
 * the saved listing (new variants now have ids), with the backend's message beside it.
 */
export async function saveListing(prev: ListingFormState, form: FormData): Promise<ListingFormState> {
  const values = readListingForm(form)
  const submit = form.get("intent") === "submit"
  const attempt = prev.attempt + 1
  const parsed = parseListing(values)
  if (!parsed.ok) return { errors: parsed.errors, values, attempt }

  const outcome = await portalWrite<Outcome>(async (api, token) => {
    let id = values.id
    if (!id) {
      const created = await api.createProduct(token, parsed.input)
      if (!created.ok) return refused(created, values)
      id = created.value.id
    } else {
      const current = parseListing(listingValues(await api.product(token, id)))
      const changes = current.ok ? changedFields(current.input, parsed.input) : parsed.input
      if (Object.keys(changes).length > 0) {
        const updated = await api.updateProduct(token, id, changes)
        if (!updated.ok) return refused(updated, values)
      }
    }
    if (!submit) return { done: "saved", id }
    const submitted = await api.submitProduct(token, id)
    if (submitted.ok) return { done: "submitted", id }
    return refused(submitted, listingValues(await api.product(token, id)), "저장은 했지만 심사 요청은 하지 못했습니다. 아래 빨간 글씨를 고친 뒤 다시 심사 요청을 눌러 주세요.")
  })
  if (!outcome.ok) return { errors: { form: outcome.message }, values, attempt }
  if ("errors" in outcome.value) return { errors: outcome.value.errors, values: outcome.value.values, attempt }
  redirect(`/farmer/products/${encodeURIComponent(outcome.value.id)}?done=${outcome.value.done}`)
}

/** 재고만 고치기: applies at once, also on a live listing (no review). */
export async function updateStock(prev: StockFormState, form: FormData): Promise<StockFormState> {
  const id = String(form.get("product_id") ?? "")
  const attempt = prev.attempt + 1
  const values: Record<string, string> = {}
  const errors: FieldErrors = {}
  const variants: { id: string; stock: number }[] = []
  for (const [name, raw] of form.entries()) {
    if (!name.startsWith("stock_") || typeof raw !== "string") continue
    const variantId = name.slice("stock_".length)
    values[name] = raw
    const digits = raw.replace(/[\s,개]/g, "")
    if (!/^\d+$/.test(digits) || Number(digits) > 1_000_000) errors[name] = "재고는 0 이상의 숫자로 입력해 주세요."
    else variants.push({ id: variantId, stock: Number(digits) })
  }
  if (Object.keys(errors).length > 0) return { errors, values, attempt }
  const result = await portalWrite((api, token) => api.updateStock(token, id, variants))
  if (!result.ok) return { errors: { form: result.message }, values, attempt }
  if (!result.value.ok) return { errors: { form: refusal(result.value) }, values, attempt }
  redirect(`/farmer/products/${encodeURIComponent(id)}?done=stock`)
}
