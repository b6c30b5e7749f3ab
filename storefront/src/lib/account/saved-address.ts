import type { HttpTypes } from "@medusajs/types"
import { addressSchema } from "../checkout/checkout-schema"

/** A saved 배송지: the checkout's Korean address pieces (받는 분, 연락처, 우편번호, 도로명주소, 상세주소). */
export const savedAddressSchema = addressSchema
export type SavedAddressInput = ReturnType<typeof savedAddressSchema.parse>

export const ADDRESS_FIELDS = ["recipient_name", "recipient_phone", "postal_code", "address_1", "address_2"] as const

/** The address as Medusa keeps it; the whole Korean name in first_name, as checkout does. */
export function toCustomerAddress(input: SavedAddressInput, isDefault: boolean): HttpTypes.StoreCreateCustomerAddress {
  return {
    first_name: input.recipient_name,
    last_name: "",
    phone: input.recipient_phone,
    postal_code: input.postal_code,
    address_1: input.address_1,
    address_2: input.address_2,
    country_code: "kr",
    is_default_shipping: isDefault,
  }
}

/** Medusa's customer address ids (`cuaddr_…`): anything else from a form is ignored. */
export const isAddressId = (id: string) => /^cuaddr_[A-Za-z0-9]+$/.test(id)

/** One line for a list: "(63592) 도로명주소 상세주소". */
export function addressLine(address: Pick<HttpTypes.StoreCustomerAddress, "postal_code" | "address_1" | "address_2">): string {
  const street = [address.address_1, address.address_2].filter(Boolean).join(" ")
  return address.postal_code ? `(${address.postal_code}) ${street}` : street
}

/** The default address first, then the newest. */
export function sortAddresses<T extends Pick<HttpTypes.StoreCustomerAddress, "is_default_shipping" | "created_at">>(addresses: T[]): T[] {
  return [...addresses].sort((a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping) || String(b.created_at).localeCompare(String(a.created_at)))
}
