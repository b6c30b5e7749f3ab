"use server"

import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import { z } from "zod"
import { fieldErrors } from "../forms"
import { formFields } from "../forms"
import { storeSdk } from "./client"

export type LookupState = { errors: Partial<Record<string, string>>; values: Record<string, string> }

const lookupSchema = z.object({
  order_number: z.string({ error: "주문번호를 입력해 주세요." }).trim().regex(/^\d{1,10}$/, "주문번호는 숫자로 입력해 주세요."),
  email: z.string({ error: "이메일을 입력해 주세요." }).trim().min(1, "이메일을 입력해 주세요.").pipe(z.email("이메일 주소 형식이 올바르지 않습니다.")),
})

/** 비회원 주문 조회: order number + e-mail → the order page (POST /store/order-lookup). */
export async function lookupOrder(_prev: LookupState, form: FormData): Promise<LookupState> {
  const fields = formFields(form, ["order_number", "email"])
  const values = { order_number: fields.order_number ?? "", email: fields.email ?? "" }
  const parsed = lookupSchema.safeParse(fields)
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values }
  let orderId: string
  try {
    const { order } = await storeSdk().client.fetch<{ order: { id: string } }>("/store/order-lookup", {
      method: "POST",
      body: { order_number: Number(parsed.data.order_number), email: parsed.data.email },
      cache: "no-store",
    })
    orderId = order.id
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return { errors: { form: "주문번호와 이메일이 일치하는 주문이 없습니다. 다시 확인해 주세요." }, values }
    }
    throw error
  }
  redirect(`/order/confirmed/${orderId}`)
}
