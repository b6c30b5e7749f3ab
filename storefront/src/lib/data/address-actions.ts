"use server"

import { FetchError } from "@medusajs/js-sdk"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { ADDRESS_FIELDS, isAddressId, savedAddressSchema, toCustomerAddress } from "../account/saved-address"
import { fieldErrors, formFields } from "../forms"
import { readAuthToken } from "./auth-cookie"
import { storeSdk } from "./client"

export type AddressFormState = { errors: Partial<Record<string, string>>; values: Record<string, string>; saved: number }

const PAGE = "/account/addresses"

/**
 * Sends one call for the signed-in shopper; false when the sign-in has expired. Medusa answers 404
 * for an address that is not the shopper's (or already gone): nothing to do then.
 */
async function asShopper(path: string, method: "POST" | "DELETE", body?: Record<string, unknown>): Promise<boolean> {
  const token = await readAuthToken()
  if (!token) return false
  try {
    const query = method === "POST" ? { fields: "id" } : undefined
    await storeSdk().client.fetch(path, { method, body, query, headers: { authorization: `Bearer ${token}` }, cache: "no-store" })
    return true
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) return false
    if (error instanceof FetchError && error.status === 404) return true
    throw error
  }
}

export async function addAddress(prev: AddressFormState, form: FormData): Promise<AddressFormState> {
  const fields = formFields(form, ADDRESS_FIELDS)
  const values = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, fields[name] ?? ""]))
  const parsed = savedAddressSchema.safeParse(fields)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values, saved: prev.saved }
  let signedIn: boolean
  try {
    signedIn = await asShopper("/store/customers/me/addresses", "POST", { ...toCustomerAddress(parsed.data, form.get("is_default") === "on") })
  } catch {
    return { errors: { form: "배송지를 저장하지 못했습니다. 잠시 후 다시 시도해 주세요." }, values, saved: prev.saved }
  }
  if (!signedIn) redirect("/account/login")
  revalidatePath(PAGE)
  return { errors: {}, values: {}, saved: prev.saved + 1 }
}

/** The address id from a list row's form; anything else is ignored. */
function addressId(form: FormData): string | null {
  const id = form.get("address_id")
  return typeof id === "string" && isAddressId(id) ? id : null
}

export async function deleteAddress(form: FormData): Promise<void> {
  const id = addressId(form)
  if (id && !(await asShopper(`/store/customers/me/addresses/${id}`, "DELETE"))) redirect("/account/login")
  revalidatePath(PAGE)
}

export async function setDefaultAddress(form: FormData): Promise<void> {
  const id = addressId(form)
  if (id && !(await asShopper(`/store/customers/me/addresses/${id}`, "POST", { is_default_shipping: true }))) redirect("/account/login")
  revalidatePath(PAGE)
}
