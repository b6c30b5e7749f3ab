import { toProductSummary, type StoreProductWithFarm } from "./product-mapper"
import { parseProductMetadata } from "./product-metadata"
import type { DeliveryType, ProductSummary } from "./types"

/** A product card plus what the listing filters and sorts on. */
export type ListingProduct = ProductSummary & {
  deliveryType: DeliveryType | null
  gift: boolean
  /** ISO time the product was listed; "" when unknown (sorts last among 신상품). */
  createdAt: string
  /** The lowest variant price in won, null when no variant is priced. */
  minPrice: number | null
}

export function toListingProduct(product: StoreProductWithFarm): ListingProduct {
  const summary = toProductSummary(product)
  const meta = parseProductMetadata(product.metadata)
  const known = summary.prices.filter((p): p is number => p !== null)
  return {
    ...summary,
    deliveryType: meta.deliveryType,
    gift: meta.gift,
    createdAt: typeof product.created_at === "string" ? product.created_at : "",
    minPrice: known.length > 0 ? Math.min(...known) : null,
  }
}
