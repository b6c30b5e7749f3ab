import { describe, expect, it } from "vitest"
import {
  CERT_ROWS,
  KEPT_FIELDS,
  TOWNS,
  applicationErrors,
  applicationInput,
  applicationSchema,
  backendFieldNames,
  keptValues,
} from "./farmer-application"

const valid = {
  farm_name: "한라봉 햇살농장",
  representative: "김감귤",
  phone: "01012345678",
  email: " farm@example.kr ",
  town: "남원읍",
  address_1: "서귀포시 남원읍 태위로 123",
  address_2: "2동",
  farmer_registration_number: "123-456-7890",
  business_number: "",
  bank_name: "농협",
  account_number: "351-1234-5678-93",
  account_holder: "김감귤",
  story: "",
  password: "귤좋아12345",
  password_confirm: "귤좋아12345",
}

function form(fields: Record<string, string>, certs: [string, string][] = []): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  certs.forEach(([type, number], i) => {
    data.set(`cert_type_${i}`, type)
    data.set(`cert_number_${i}`, number)
  })
  return data
}

const parse = (fields: Record<string, string>, certs: [string, string][] = []) => applicationSchema.safeParse(applicationInput(form(fields, certs)))

function errorsOf(fields: Record<string, string>, certs: [string, string][] = []) {
  const result = parse(fields, certs)
  if (result.success) throw new Error("expected errors")
  return applicationErrors(result.error)
}

describe("farm application", () => {
  it("builds the backend's body: normalized numbers, one address, bank nested, no empty extras", () => {
    const result = parse(valid)
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(result.data.password).toBe("귤좋아12345")
    expect(result.data.body).toEqual({
      farm_name: "한라봉 햇살농장",
      representative: "김감귤",
      phone: "010-1234-5678",
      email: "farm@example.kr",
      town: "남원읍",
      address: "서귀포시 남원읍 태위로 123 2동",
      farmer_registration_number: "1234567890",
      certifications: [],
      bank: { bank_name: "농협", account_number: "351-1234-5678-93", holder: "김감귤" },
    })
  })

  it("sends the business number as 123-45-67890 however it was typed, and the story when given", () => {
    const result = parse({ ...valid, business_number: "123 45 67890", story: "  3대째 귤 농사  ", address_2: "" })
    expect(result.success && result.data.body).toMatchObject({ business_number: "123-45-67890", story: "3대째 귤 농사", address: "서귀포시 남원읍 태위로 123" })
  })

  it("takes only 10-digit registration numbers", () => {
    expect(errorsOf({ ...valid, farmer_registration_number: "12345-6789" }).farmer_registration_number).toBe("농업경영체 등록번호는 숫자 10자리입니다.")
    expect(errorsOf({ ...valid, farmer_registration_number: "12345678901" }).farmer_registration_number).toBeDefined()
    expect(errorsOf({ ...valid, business_number: "123-45-6789" }).business_number).toContain("숫자 10자리")
  })

  it("takes only 010 mobile numbers", () => {
    expect(errorsOf({ ...valid, phone: "011-123-4567" }).phone).toContain("010")
    expect(errorsOf({ ...valid, phone: "064-760-1234" }).phone).toContain("010")
    expect(parse({ ...valid, phone: "010 9876 5432" }).success).toBe(true)
  })

  it("knows the 17 읍·면·동 of 서귀포시 and nothing else", () => {
    expect(TOWNS).toHaveLength(17)
    expect(new Set(TOWNS).size).toBe(17)
    for (const town of TOWNS) expect(parse({ ...valid, town }).success).toBe(true)
    expect(errorsOf({ ...valid, town: "애월읍" }).town).toBe("읍·면·동을 골라 주세요.")
    expect(errorsOf({ ...valid, town: "" }).town).toBe("읍·면·동을 골라 주세요.")
  })

  it("keeps filled certification rows, skips empty ones, and names a half-filled row's input", () => {
    const result = parse(valid, [["", ""], ["GAP", " G-2024-001 "], ["친환경", "12-34"]])
    expect(result.success && result.data.body.certifications).toEqual([
      { type: "GAP", number: "G-2024-001" },
      { type: "친환경", number: "12-34" },
    ])
    const errors = errorsOf(valid, [["HACCP", ""], ["", "123"], ["ISO", "1"]])
    expect(errors.cert_number_0).toBe("인증 번호를 입력해 주세요.")
    expect(errors.cert_type_1).toBe("인증 종류를 골라 주세요.")
    expect(errors.cert_type_2).toBe("인증 종류를 목록에서 골라 주세요.")
  })

  it("reads at most the form's certification rows", () => {
    const data = form(valid, [["GAP", "1"], ["GAP", "2"], ["GAP", "3"], ["GAP", "4"]])
    expect(applicationInput(data).certifications).toHaveLength(CERT_ROWS)
  })

  it("checks the account number and the other lengths", () => {
    expect(errorsOf({ ...valid, account_number: "351-1234-가나" }).account_number).toBe("계좌번호는 숫자와 - 만 입력해 주세요.")
    expect(parse({ ...valid, account_number: "351 1234 5678 93" }).success && true).toBe(true)
    const errors = errorsOf({ ...valid, farm_name: "귤", representative: "가".repeat(21), story: "가".repeat(1001) })
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(["farm_name", "representative", "story"]))
  })

  it("names every missing field, and different passwords even then", () => {
    const errors = errorsOf({ password: "12345678", password_confirm: "12345679" })
    expect(Object.keys(errors)).toEqual(
      expect.arrayContaining([
        "farm_name",
        "representative",
        "phone",
        "email",
        "town",
        "address_1",
        "farmer_registration_number",
        "bank_name",
        "account_number",
        "account_holder",
        "password_confirm",
      ])
    )
    expect(errors.password_confirm).toBe("비밀번호가 서로 다릅니다.")
    expect(errors.business_number).toBeUndefined()
    expect(errors.story).toBeUndefined()
    expect(errorsOf({ ...valid, password: "short", password_confirm: "short" }).password).toBe("비밀번호는 8자 이상이어야 합니다.")
  })

  it("keeps what was typed, never the passwords", () => {
    const values = keptValues(form(valid, [["GAP", "G-1"]]))
    expect(values).toMatchObject({ farm_name: valid.farm_name, cert_type_0: "GAP", cert_number_0: "G-1", cert_type_2: "" })
    expect(KEPT_FIELDS).not.toContain("password")
    expect(values).not.toHaveProperty("password")
    expect(values).not.toHaveProperty("password_confirm")
  })

  it("finds the inputs a backend message names", () => {
    expect(backendFieldNames("phone must be a 010 mobile number")).toEqual(["phone"])
    expect(backendFieldNames("farmer_registration_number must be 10 digits; town is not in Seogwipo")).toEqual(["town", "farmer_registration_number"])
    expect(backendFieldNames("bank.account_number may hold digits and hyphens only")).toEqual(["account_number"])
    expect(backendFieldNames("certifications.1.type must be one of GAP, 친환경, HACCP")).toEqual(["cert_type_1"])
    expect(backendFieldNames("Something went wrong")).toEqual([])
  })
})
