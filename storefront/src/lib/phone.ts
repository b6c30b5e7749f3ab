/**
 * Korean phone numbers: shoppers type them with or without hyphens or spaces. Mobile numbers
 * (010-XXXX-XXXX) are what couriers text; landlines (e.g. Jeju 064-XXX-XXXX) are accepted for a
 * farm or a recipient's office.
 */
const MOBILE = /^01[016789]\d{7,8}$/
const LANDLINE = /^0(2|[3-6][1-5])\d{7,8}$/

export function phoneDigits(input: string): string {
  return input.replace(/[\s.-]/g, "")
}

export function isMobilePhone(input: string): boolean {
  return MOBILE.test(phoneDigits(input))
}

export function isKoreanPhone(input: string): boolean {
  const digits = phoneDigits(input)
  return MOBILE.test(digits) || LANDLINE.test(digits)
}

/** "01012345678" -> "010-1234-5678"; "0647601234" -> "064-760-1234"; "0212345678" -> "02-1234-5678". */
export function formatPhone(input: string): string {
  const d = phoneDigits(input)
  if (d.startsWith("02")) return d.length === 9 ? `02-${d.slice(2, 5)}-${d.slice(5)}` : `02-${d.slice(2, 6)}-${d.slice(6)}`
  if (d.length === 10) return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`
  if (d.length === 11) return `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`
  return input.trim()
}
