import { model } from "@medusajs/framework/utils"

/**
 * One settlement (정산) of a farm for a period: what its goods sold, minus refunds and the
 * department's commission, is what the city pays the farm. Amounts in won.
 */
export const SettlementStatement = model
  .define("settlement_statement", {
    id: model.id({ prefix: "stmt" }).primaryKey(),
    farm_id: model.text(),
    period_start: model.dateTime(),
    period_end: model.dateTime(),
    sales: model.number(),
    refunds: model.number(),
    commission: model.number(),
    net: model.number(),
    status: model.enum(["draft", "confirmed", "paid"]).default("draft"),
    paid_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["farm_id", "period_start"], where: "deleted_at IS NULL" }])
