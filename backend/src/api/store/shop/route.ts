import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "zod"

const bankTransferSchema = z.object({
  bank: z.string(),
  account_number: z.string(),
  holder: z.string(),
  deposit_days: z.number().int().positive(),
})

/**
 * GET /store/shop — what the storefront shows about the shop itself: its name and the
 * 무통장입금 account (bank, number, holder, days to deposit), kept in the store's metadata by the seed.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "store", fields: ["name", "metadata"] })
  const store = data[0]
  const bank = bankTransferSchema.safeParse(store?.metadata?.bank_transfer)
  res.json({ shop: { name: store?.name ?? "", bank_transfer: bank.success ? bank.data : null } })
}
