import { model } from "@medusajs/framework/utils"
import { Farm } from "./farm"

/**
 * The owner's invitation of a family member or helper, by e-mail. Only the token's SHA-256 is
 * kept: the link in the e-mail is the only copy of the token itself.
 */
export const FarmInvite = model
  .define("farm_invite", {
    id: model.id({ prefix: "finv" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    token_hash: model.text(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    farm: model.belongsTo(() => Farm, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["token_hash"], unique: true, where: "deleted_at IS NULL" }])
