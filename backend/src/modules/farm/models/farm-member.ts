import { model } from "@medusajs/framework/utils"
import { Farm } from "./farm"

/** A person who runs a farm's corner of the shop (the owner and, e.g., family members). */
export const FarmMember = model
  .define("farm_member", {
    id: model.id({ prefix: "fmem" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    phone: model.text().nullable(),
    role: model.enum(["owner", "member"]).default("member"),
    farm: model.belongsTo(() => Farm, { mappedBy: "members" }),
  })
  .indexes([{ on: ["email"], unique: true, where: "deleted_at IS NULL" }])
