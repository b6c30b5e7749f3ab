import { z } from "zod"
import { mobilePhone } from "../fields"

/** The 읍·면·동 of Seogwipo: an applicant farms in one of them. */
export const SEOGWIPO_TOWNS = [
  "대정읍", "남원읍", "성산읍", "안덕면", "표선면", "송산동", "정방동", "중앙동", "천지동",
  "효돈동", "영천동", "동홍동", "서홍동", "대륜동", "대천동", "중문동", "예래동",
] as const

const digits = (name: string, count: number) =>
  z
    .string({ message: `${name} is required` })
    .transform((v) => v.replace(/[\s-]/g, ""))
    .pipe(z.string().regex(new RegExp(`^\\d{${count}}$`), `${name} must be ${count} digits`))

export const FarmApplicationBody = z
  .object({
    farm_name: z.string({ message: "farm_name is required" }).trim().min(2, "farm_name must be 2 to 40 characters").max(40, "farm_name must be 2 to 40 characters"),
    representative: z.string({ message: "representative is required" }).trim().min(2, "representative must be 2 to 20 characters").max(20, "representative must be 2 to 20 characters"),
    phone: mobilePhone("phone"),
    email: z.email({ message: "email must be an e-mail address" }).max(200),
    town: z.enum(SEOGWIPO_TOWNS, { message: "town must be a 읍·면·동 of Seogwipo" }),
    address: z.string({ message: "address is required" }).trim().min(5, "address must be a full address").max(200, "address is too long"),
    farmer_registration_number: digits("farmer_registration_number", 10),
    business_number: digits("business_number", 10).optional(),
    certifications: z
      .array(z.object({ type: z.enum(["GAP", "친환경", "HACCP"], { message: "certifications type must be GAP, 친환경 or HACCP" }), number: z.string().trim().min(1, "certifications number is required").max(40) }))
      .max(5, "at most 5 certifications")
      .default([]),
    bank: z.object(
      {
        bank_name: z.string().trim().min(2, "bank.bank_name is required").max(20),
        account_number: z.string().trim().regex(/^[\d-]{6,30}$/, "bank.account_number must be digits (and hyphens)"),
        holder: z.string().trim().min(2, "bank.holder is required").max(30),
      },
      { message: "bank is required" }
    ),
    story: z.string().trim().max(1000, "story must be at most 1000 characters").default(""),
  })
  .strict()
export type FarmApplicationBodyType = z.infer<typeof FarmApplicationBody>
