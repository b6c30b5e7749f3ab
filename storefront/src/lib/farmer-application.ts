import { z } from "zod"
import { email, newPassword, passwordConfirm } from "./account/account-schema"
import type { FieldErrors } from "./forms"
import { formatPhone, phoneDigits } from "./phone"

/**
 * The farm application (/farmer/apply): the same rules as the backend's POST /farmer/applications,
 * with Korean messages keyed by the form's input names. Pure, so it is unit-tested.
 */

/** The 읍·면·동 of 서귀포시, in the order the city lists them (읍, 면, then 동). */
export const TOWNS = [
  "대정읍",
  "남원읍",
  "성산읍",
  "안덕면",
  "표선면",
  "송산동",
  "정방동",
  "중앙동",
  "천지동",
  "효돈동",
  "영천동",
  "동홍동",
  "서홍동",
  "대륜동",
  "대천동",
  "중문동",
  "예래동",
] as const
export type Town = (typeof TOWNS)[number]

export const CERT_TYPES = ["GAP", "친환경", "HACCP"] as const
export type CertType = (typeof CERT_TYPES)[number]

/** How many certification rows the form offers. */
export const CERT_ROWS = 3

/** What POST /farmer/applications takes. */
export type ApplicationBody = {
  farm_name: string
  representative: string
  phone: string
  email: string
  town: Town
  address: string
  farmer_registration_number: string
  business_number?: string
  certifications: { type: CertType; number: string }[]
  bank: { bank_name: string; account_number: string; holder: string }
  story?: string
}

/** The form's plain text inputs (the certification rows are `cert_type_<i>` and `cert_number_<i>`). */
export const TEXT_FIELDS = [
  "farm_name",
  "representative",
  "phone",
  "email",
  "town",
  "address_1",
  "address_2",
  "farmer_registration_number",
  "business_number",
  "bank_name",
  "account_number",
  "account_holder",
  "story",
] as const

export const certTypeName = (row: number) => `cert_type_${row}`
export const certNumberName = (row: number) => `cert_number_${row}`

/** Inputs typed back into the form after a failed attempt: everything but the passwords. */
export const KEPT_FIELDS: readonly string[] = [
  ...TEXT_FIELDS,
  ...Array.from({ length: CERT_ROWS }, (_, i) => [certTypeName(i), certNumberName(i)]).flat(),
]

const text = (required: string) => z.string({ error: required }).trim().min(1, required)
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
/** Digits only: farmers type these numbers with hyphens or spaces. */
const digits = (v: string) => v.replace(/[\s.-]/g, "")

const certRow = z
  .object({
    type: z.string().trim(),
    number: z.string().trim().max(40, "인증 번호는 40자 이하로 입력해 주세요."),
  })
  .superRefine((row, ctx) => {
    if (row.type && !(CERT_TYPES as readonly string[]).includes(row.type)) {
      ctx.addIssue({ code: "custom", path: ["type"], message: "인증 종류를 목록에서 골라 주세요." })
    } else if (row.type && !row.number) {
      ctx.addIssue({ code: "custom", path: ["number"], message: "인증 번호를 입력해 주세요." })
    } else if (!row.type && row.number) {
      ctx.addIssue({ code: "custom", path: ["type"], message: "인증 종류를 골라 주세요." })
    }
  })

export const applicationSchema = z
  .object({
    farm_name: text("농장 이름을 입력해 주세요.")
      .min(2, "농장 이름은 2자 이상으로 입력해 주세요.")
      .max(40, "농장 이름은 40자 이하로 입력해 주세요."),
    representative: text("대표자 이름을 입력해 주세요.")
      .min(2, "대표자 이름은 2자 이상으로 입력해 주세요.")
      .max(20, "대표자 이름은 20자 이하로 입력해 주세요."),
    phone: text("휴대폰 번호를 입력해 주세요.")
      .refine((v) => /^010\d{8}$/.test(phoneDigits(v)), "010으로 시작하는 휴대폰 번호를 010-1234-5678처럼 입력해 주세요.")
      .transform(formatPhone),
    email,
    town: z.enum(TOWNS, { error: "읍·면·동을 골라 주세요." }),
    address_1: text("도로명주소를 입력해 주세요.").max(200, "도로명주소는 200자 이하로 입력해 주세요."),
    address_2: optionalText.pipe(z.string().max(100, "상세주소는 100자 이하로 입력해 주세요.").optional()),
    farmer_registration_number: text("농업경영체 등록번호를 입력해 주세요.")
      .transform(digits)
      .refine((v) => /^\d{10}$/.test(v), "농업경영체 등록번호는 숫자 10자리입니다."),
    business_number: optionalText
      .transform((v) => (v === undefined ? undefined : digits(v)))
      .refine((v) => v === undefined || /^\d{10}$/.test(v), "사업자등록번호는 숫자 10자리입니다. 없으면 비워 두세요.")
      .transform((v) => (v === undefined ? undefined : `${v.slice(0, 3)}-${v.slice(3, 5)}-${v.slice(5)}`)),
    certifications: z.array(certRow).max(CERT_ROWS),
    bank_name: text("은행 이름을 입력해 주세요.").max(20, "은행 이름은 20자 이하로 입력해 주세요."),
    account_number: text("계좌번호를 입력해 주세요.")
      .transform((v) => v.replace(/\s/g, ""))
      .refine((v) => /^[0-9-]+$/.test(v), "계좌번호는 숫자와 - 만 입력해 주세요.")
      .refine((v) => /^\d{6,20}$/.test(digits(v)), "계좌번호를 다시 확인해 주세요."),
    account_holder: text("예금주 이름을 입력해 주세요.").max(30, "예금주 이름은 30자 이하로 입력해 주세요."),
    story: optionalText.pipe(z.string().max(1000, "농장 이야기는 1000자 이하로 입력해 주세요.").optional()),
    password: newPassword,
    password_confirm: passwordConfirm,
  })
  .refine((v) => v.password === v.password_confirm, {
    path: ["password_confirm"],
    message: "비밀번호가 서로 다릅니다.",
    // Checked even when other fields are wrong: both password inputs are emptied after every try.
    when: ({ value }) => {
      const v = value as { password?: unknown; password_confirm?: unknown }
      return typeof v.password === "string" && typeof v.password_confirm === "string"
    },
  })
  .transform(({ password, address_1, address_2, bank_name, account_number, account_holder, certifications, ...rest }) => {
    const body: ApplicationBody = {
      farm_name: rest.farm_name,
      representative: rest.representative,
      phone: rest.phone,
      email: rest.email,
      town: rest.town,
      address: address_2 ? `${address_1} ${address_2}` : address_1,
      farmer_registration_number: rest.farmer_registration_number,
      certifications: certifications.flatMap((row) => (row.type ? [{ type: row.type as CertType, number: row.number }] : [])),
      bank: { bank_name, account_number, holder: account_holder },
    }
    if (rest.business_number) body.business_number = rest.business_number
    if (rest.story) body.story = rest.story
    return { body, password }
  })

/** The text inputs by name, and the certification rows. */
export type ApplicationInput = Record<string, string | undefined | { type: string; number: string }[]>

/** The submitted form as the schema reads it: its text inputs and its certification rows. */
export function applicationInput(form: FormData): ApplicationInput {
  const get = (name: string) => {
    const value = form.get(name)
    return typeof value === "string" ? value : undefined
  }
  const fields: Record<string, string | undefined> = {}
  for (const name of [...TEXT_FIELDS, "password", "password_confirm"]) fields[name] = get(name)
  const certifications = Array.from({ length: CERT_ROWS }, (_, i) => ({
    type: get(certTypeName(i)) ?? "",
    number: get(certNumberName(i)) ?? "",
  }))
  return { ...fields, certifications }
}

/** The typed values to put back into the form (never the passwords). */
export function keptValues(form: FormData): Record<string, string> {
  return Object.fromEntries(
    KEPT_FIELDS.map((name) => {
      const value = form.get(name)
      return [name, typeof value === "string" ? value : ""]
    })
  )
}

/** The first message per input name; a certification row's issue goes to that row's input. */
export function applicationErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const [first, row, part] = issue.path
    let key = String(first ?? "form")
    if (first === "certifications" && typeof row === "number") key = part === "number" ? certNumberName(row) : certTypeName(row)
    errors[key] ??= issue.message
  }
  return errors
}

/**
 * The backend names the wrong field in English ("phone must be a 010 mobile number"); this finds
 * which inputs it means, so each can be marked beside the backend's own message.
 */
const BACKEND_FIELDS: [RegExp, string][] = [
  [/\bfarm_name\b/, "farm_name"],
  [/\brepresentative\b/, "representative"],
  [/\bphone\b/, "phone"],
  [/\bemail\b/, "email"],
  [/\btown\b/, "town"],
  [/\baddress\b/, "address_1"],
  [/\bfarmer_registration_number\b/, "farmer_registration_number"],
  [/\bbusiness_number\b/, "business_number"],
  [/\bbank_name\b/, "bank_name"],
  [/\baccount_number\b/, "account_number"],
  [/\bholder\b/, "account_holder"],
  [/\bbank\b(?!\.)/, "bank_name"],
  [/\bstory\b/, "story"],
]

export function backendFieldNames(message: string): string[] {
  const names = BACKEND_FIELDS.filter(([pattern]) => pattern.test(message)).map(([, name]) => name)
  const cert = /\bcertifications?(?:\[|\.)?(\d+)?\]?(?:\.(type|number))?/.exec(message)
  if (cert) {
    const row = Math.min(Number(cert[1] ?? 0), CERT_ROWS - 1)
    names.push(cert[2] === "type" ? certTypeName(row) : certNumberName(row))
  }
  return [...new Set(names)]
}
