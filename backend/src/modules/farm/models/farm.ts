import { model } from "@medusajs/framework/utils"
import { FarmInvite } from "./farm-invite"
import { FarmMember } from "./farm-member"

/**
 * A seller of 서귀포in: a farm or producer. It is `pending` until the department decides;
 * only `approved` farms are visible in the store.
 */
export const Farm = model
  .define("farm", {
    id: model.id({ prefix: "farm" }).primaryKey(),
    handle: model.text(),
    name: model.text().searchable(),
    representative: model.text(),
    town: model.text(), // 읍·면·동 of Seogwipo
    address: model.text(),
    phone: model.text(),
    email: model.text(),
    story: model.text(),
    established_year: model.number().nullable(),
    /** [{ type: "GAP" | "친환경" | "HACCP" | ..., number }] */
    certifications: model.json().default({ items: [] }),
    status: model.enum(["pending", "approved", "rejected", "suspended"]).default("pending"),
    /** Why the department rejected or suspended the farm; shown to the farmer. */
    status_reason: model.text().nullable(),
    /** 농업경영체 등록번호 (10 digits): required of an applicant; the seeded farms may lack it. */
    farmer_registration_number: model.text().nullable(),
    /** 사업자등록번호 (10 digits), where the seller has one. */
    business_number: model.text().nullable(),
    /** Where settlements are paid: { bank_name, account_number, holder }. */
    settlement_account: model.json().nullable(),
    /** Order value (won) from which this farm's delivery is free; null: never free. */
    free_shipping_threshold: model.number().nullable(),
    members: model.hasMany(() => FarmMember, { mappedBy: "farm" }),
    invites: model.hasMany(() => FarmInvite, { mappedBy: "farm" }),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])
