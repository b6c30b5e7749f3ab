import { describe, expect, it } from "vitest"
import { checkoutSchema, fieldErrors, readCheckoutForm } from "./checkout-schema"

const valid = {
  buyer_name: "홍길동",
  buyer_phone: "01012345678",
  email: "buyer@example.com",
  recipient_name: "김영희",
  recipient_phone: "010 9876 5432",
  postal_code: "63592",
  address_1: "제주특별자치도 서귀포시 중앙로 105",
  address_2: "3층 301호",
  delivery_memo: "문 앞에 놓아 주세요",
  is_gift: false,
}

function form(values: Record<string, string | boolean>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) {
    if (value === true) data.set(key, "on")
    else if (value !== false) data.set(key, value)
  }
  return data
}

describe("checkout form", () => {
  it("accepts a Korean address and normalizes phone numbers", () => {
    const result = checkoutSchema.safeParse(readCheckoutForm(form(valid)))
    expect(result.success).toBe(true)
    if (!result.success) return
    expect(result.data.buyer_phone).toBe("010-1234-5678")
    expect(result.data.recipient_phone).toBe("010-9876-5432")
    expect(result.data.is_gift).toBe(false)
  })

  it("names each wrong field in Korean", () => {
    const result = checkoutSchema.safeParse(
      readCheckoutForm(form({ ...valid, buyer_phone: "123", postal_code: "6359", address_1: " ", address_2: "", email: "nope" }))
    )
    expect(result.success).toBe(false)
    if (result.success) return
    const errors = fieldErrors(result.error)
    expect(errors.buyer_phone).toContain("010-1234-5678")
    expect(errors.postal_code).toBe("우편번호는 숫자 5자리입니다.")
    expect(errors.address_1).toBe("도로명주소를 입력해 주세요.")
    expect(errors.address_2).toContain("상세주소")
    expect(errors.email).toContain("이메일")
    expect(errors.recipient_name).toBeUndefined()
  })

  it("keeps a gift message only for gifts, and limits it", () => {
    const gift = checkoutSchema.safeParse(readCheckoutForm(form({ ...valid, is_gift: true, gift_message: "맛있게 드세요!" })))
    expect(gift.success && gift.data.is_gift && gift.data.gift_message).toBe("맛있게 드세요!")
    const tooLong = checkoutSchema.safeParse(readCheckoutForm(form({ ...valid, is_gift: true, gift_message: "가".repeat(201) })))
    expect(tooLong.success).toBe(false)
  })
})
