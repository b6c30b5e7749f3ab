import { z } from "zod"

/** What a farm's shipping option stores in its `data`: the fee and the farm's free-delivery threshold. */
export const farmDeliveryOptionDataSchema = z.object({
  delivery_type: z.enum(["normal", "chilled", "frozen"]),
  base_price: z.number().int().nonnegative(),
  free_threshold: z.number().int().positive().nullable(),
})
export type FarmDeliveryOptionData = z.infer<typeof farmDeliveryOptionDataSchema>

type PricedItem = { unit_price?: unknown; quantity?: unknown }

/** Sum, in won, of the items the farm ships (tax-inclusive unit prices). */
export function farmItemsTotal(items: ReadonlyArray<PricedItem>): number {
  return items.reduce((sum, item) => sum + Number(item.unit_price ?? 0) * Number(item.quantity ?? 0), 0)
}

/** The delivery fee of one farm's parcel: free once that farm's own goods reach its threshold. */
export function farmDeliveryFee(option: FarmDeliveryOptionData, items: ReadonlyArray<PricedItem>): number {
  if (option.free_threshold !== null && farmItemsTotal(items) >= option.free_threshold) return 0
  return option.base_price
}
