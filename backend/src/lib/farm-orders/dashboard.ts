import { isWaiting } from "./project"
import type { FarmOrder } from "./types"

export const LOW_STOCK_THRESHOLD = 10

export type StockProductRow = {
  id: string
  title: string
  status: string
  variants?: ({
    id: string
    title: string | null
    manage_inventory?: boolean | null
    inventory_items?: ({ inventory?: { location_levels?: ({ stocked_quantity?: unknown; reserved_quantity?: unknown } | null)[] | null } | null } | null)[] | null
  } | null)[] | null
}

export type WaitingOrder = { id: string; display_id: number; placed_at: string; days_waiting: number; item_count: number }
export type LowStockVariant = { product_id: string; variant_id: string; title: string; stock: number }

/** Paid orders with goods still to send, oldest first; item_count: units left to pack. */
export function waitingOrders(orders: readonly FarmOrder[]): WaitingOrder[] {
  return orders
    .filter(isWaiting)
    .sort((a, b) => a.placed_at.localeCompare(b.placed_at))
    .map((o) => ({
      id: o.id,
      display_id: o.display_id,
      placed_at: o.placed_at,
      days_waiting: o.days_waiting,
      item_count: o.items.filter((i) => !i.shipped).reduce((sum, i) => sum + i.quantity, 0),
    }))
}

/** The farm's takings (its items only, in won) of the orders placed since `since`, canceled ones left out. */
export function salesSince(orders: readonly FarmOrder[], since: Date): number {
  const from = since.toISOString()
  return orders
    .filter((o) => !o.canceled && o.placed_at >= from)
    .reduce((sum, o) => sum + o.items.reduce((s, i) => s + i.total, 0), 0)
}

/** Variants on sale with at most `threshold` units left to sell (stocked minus reserved), fewest first. */
export function lowStock(products: readonly StockProductRow[], threshold = LOW_STOCK_THRESHOLD): LowStockVariant[] {
  const rows = products
    .filter((p) => p.status === "published")
    .flatMap((p) =>
      (p.variants ?? []).flatMap((v) => {
        if (!v || v.manage_inventory === false) return []
        const levels = (v.inventory_items ?? []).flatMap((i) => i?.inventory?.location_levels ?? [])
        const stock = levels.reduce((sum, l) => sum + Number(l?.stocked_quantity ?? 0) - Number(l?.reserved_quantity ?? 0), 0)
        const title = v.title ? `${p.title} (${v.title})` : p.title
        return stock <= threshold ? [{ product_id: p.id, variant_id: v.id, title, stock }] : []
      })
    )
  return rows.sort((a, b) => a.stock - b.stock || a.title.localeCompare(b.title))
}
