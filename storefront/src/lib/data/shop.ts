import "server-only"
import { z } from "zod"
import { storeRead } from "./client"
import { TAGS } from "./tags"

const shopSchema = z.object({
  shop: z.object({
    name: z.string(),
    bank_transfer: z
      .object({ bank: z.string(), account_number: z.string(), holder: z.string(), deposit_days: z.number().int().positive() })
      .nullable(),
  }),
})

export type BankTransfer = { bank: string; accountNumber: string; holder: string; depositDays: number }

/** The 무통장입금 account the shop takes transfers on (GET /store/shop), cached under `shop`. */
export async function getBankTransfer(): Promise<BankTransfer | null> {
  const body = shopSchema.parse(await storeRead<unknown>("/store/shop", { tags: [TAGS.shop] }))
  const bank = body.shop.bank_transfer
  return bank ? { bank: bank.bank, accountNumber: bank.account_number, holder: bank.holder, depositDays: bank.deposit_days } : null
}
