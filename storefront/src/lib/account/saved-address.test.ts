import { describe, expect, it } from "vitest"
import { addressLine, isAddressId, savedAddressSchema, sortAddresses, toCustomerAddress } from "./saved-address"

const form = { recipient_name: " 홍길동 ", recipient_phone: "01012345678", postal_code: "63592", address_1: "제주특별자치도 서귀포시 중앙로 105", address_2: "301호" }

describe("saved addresses", () => {
  it("turns the Korean form into a Medusa address, name whole in first_name", () => {
    const input = savedAddressSchema.parse(form)
    expect(toCustomerAddress(input, true)).toEqual({
      first_name: "홍길동",
      last_name: "",
      phone: "010-1234-5678",
      postal_code: "63592",
      address_1: "제주특별자치도 서귀포시 중앙로 105",
      address_2: "301호",
      country_code: "kr",
      is_default_shipping: true,
    })
  })

  it("names a bad postcode and an empty 상세주소 in Korean", () => {
    const result = savedAddressSchema.safeParse({ ...form, postal_code: "6359", address_2: " " })
    const messages = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path[0], i.message]))
    expect(messages).toMatchObject({ postal_code: "우편번호는 숫자 5자리입니다.", address_2: "상세주소(동·호수 등)를 입력해 주세요." })
  })

  it("writes one line and lists the default first, then the newest", () => {
    expect(addressLine({ postal_code: "63592", address_1: "중앙로 105", address_2: "301호" })).toBe("(63592) 중앙로 105 301호")
    const list = sortAddresses([
      { id: "old", is_default_shipping: false, created_at: "2026-01-01" },
      { id: "default", is_default_shipping: true, created_at: "2025-01-01" },
      { id: "new", is_default_shipping: false, created_at: "2026-02-01" },
    ])
    expect(list.map((a) => a.id)).toEqual(["default", "new", "old"])
  })

  it("accepts only Medusa's customer address ids", () => {
    expect(isAddressId("cuaddr_01M8AZ3WVQ42GMVRXQEC4S5PD1")).toBe(true)
    expect(isAddressId("cuaddr_1/../../customers")).toBe(false)
    expect(isAddressId("cus_01M8AZ3WVQ42GMVRXQEC4S5PD1")).toBe(false)
  })
})
