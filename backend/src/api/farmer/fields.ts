import { z } from "zod"

/** A 010 mobile number in any spacing, kept as 010-XXXX-XXXX (what couriers text). */
export const mobilePhone = (name: string) =>
  z
    .string({ message: `${name} is required` })
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(/^010\d{8}$/, `${name} must be a 010 mobile number`))
    .transform((v) => `${v.slice(0, 3)}-${v.slice(3, 7)}-${v.slice(7)}`)

export const personName = (name: string) =>
  z.string({ message: `${name} is required` }).trim().min(2, `${name} must be 2 to 20 characters`).max(20, `${name} must be 2 to 20 characters`)

export const emailAddress = (name: string) =>
  z.email({ message: `${name} must be an e-mail address` }).max(200).transform((v) => v.toLowerCase())
