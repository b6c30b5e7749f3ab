import { model } from "@medusajs/framework/utils"

/**
 * A farmer's listing waiting for (or decided by) the department: `new` is a first publication
 * (the product itself is the content), `change` holds the risky part of an edit of a live
 * listing (`changes`, a partial ListingInput) while the live version stays on sale.
 */
export const ListingRevision = model
  .define("listing_revision", {
    id: model.id({ prefix: "lrev" }).primaryKey(),
    product_id: model.text(),
    farm_id: model.text(),
    kind: model.enum(["new", "change"]),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    changes: model.json().nullable(),
    /** Why the department rejected it; shown to the farmer. */
    reason: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["product_id"], where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
