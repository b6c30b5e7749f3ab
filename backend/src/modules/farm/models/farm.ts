import { model } from "@medusajs/framework/utils"
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
    /** Order value (won) from which this farm's delivery is free; null: never free. */
    free_shipping_threshold: model.number().nullable(),
    members: model.hasMany(() => FarmMember, { mappedBy: "farm" }),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])
