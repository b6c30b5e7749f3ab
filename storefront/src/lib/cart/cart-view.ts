import type { DeliveryType, FarmRef } from "../catalog/types"

/** One cart line as the cart page draws it (amounts in whole won, tax included). */
export type CartLine = {
  id: string
  productId: string | null
  productHandle: string | null
  variantId: string | null
  title: string
  variantTitle: string | null
  thumbnail: string | null
  unitPrice: number
  quantity: number
  /** Most units that may be ordered; null when stock does not limit the variant. */
  maxQuantity: number | null
}

/** A farm's parcel: its lines and what it costs to send. */
export type FarmGroup = {
  /** null for goods whose farm is unknown (should not happen with the seeded catalog). */
  farm: FarmRef | null
  lines: CartLine[]
  subtotal: number
  /** How this parcel travels (the coldest its goods need). */
  deliveryType?: DeliveryType
  /** The farm's shipping option for this parcel: what checkout adds as its delivery method. */
  deliveryOptionId?: string | null
  /** The delivery fee of this parcel; null when it could not be calculated. */
  fee: number | null
  /** Won still to add for free delivery; null when there is no threshold or it is reached. */
  nudge: number | null
}

export type CartTotals = { items: number; shipping: number; total: number; shippingKnown: boolean }

/** Whole won, rounded once, half away from zero. */
function won(amount: number): number {
  return Math.sign(amount) * Math.round(Math.abs(amount))
}

export function lineTotal(line: Pick<CartLine, "unitPrice" | "quantity">): number {
  return won(line.unitPrice * line.quantity)
}

/** Lines grouped by farm, in the order farms first appear in the cart. */
export function groupByFarm(
  lines: readonly CartLine[],
  farmOf: (productId: string | null) => FarmRef | null
): { farm: FarmRef | null; lines: CartLine[]; subtotal: number }[] {
  const groups = new Map<string, { farm: FarmRef | null; lines: CartLine[]; subtotal: number }>()
  for (const line of lines) {
    const farm = farmOf(line.productId)
    const key = farm?.id ?? ""
    const group = groups.get(key) ?? { farm, lines: [], subtotal: 0 }
    group.lines.push(line)
    group.subtotal += lineTotal(line)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** "N원 더 담으면 무료배송": what is still missing, or null when free already or never free. */
export function freeDeliveryNudge(subtotal: number, threshold: number | null, fee: number | null): number | null {
  if (threshold === null || fee === 0) return null
  const missing = won(threshold - subtotal)
  return missing > 0 ? missing : null
}

export function cartTotals(groups: readonly Pick<FarmGroup, "subtotal" | "fee">[]): CartTotals {
  const items = groups.reduce((sum, g) => sum + g.subtotal, 0)
  const shipping = groups.reduce((sum, g) => sum + (g.fee ?? 0), 0)
  return { items, shipping, total: items + shipping, shippingKnown: groups.every((g) => g.fee !== null) }
}

const COLDNESS: Record<DeliveryType, number> = { normal: 0, chilled: 1, frozen: 2 }

/** The way a parcel must travel: the coldest any of its goods needs (frozen > chilled > normal). */
export function parcelDeliveryType(types: readonly (DeliveryType | null)[]): DeliveryType {
  return types.reduce<DeliveryType>(
    (coldest, type) => (type && COLDNESS[type] > COLDNESS[coldest] ? type : coldest),
    "normal"
  )
}

export type DeliveryOptionRef = { id: string; deliveryType: DeliveryType | null }

/** The farm's option for the parcel: the one of its delivery type, else the farm's first option. */
export function pickDeliveryOption<T extends DeliveryOptionRef>(options: readonly T[], type: DeliveryType): T | null {
  return options.find((o) => o.deliveryType === type) ?? options[0] ?? null
}

/** Units in the cart, for the header count. */
export function itemCount(lines: readonly Pick<CartLine, "quantity">[]): number {
  return lines.reduce((sum, l) => sum + l.quantity, 0)
}
