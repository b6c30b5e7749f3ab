/**
 * Cache tags of the data layer, one family per area. A change in the backend invalidates the
 * matching tags from a route handler or server action: revalidateTag(tag, "max") serves the old
 * data while refetching; revalidateTag(tag, { expire: 0 }) when stale data must not be shown.
 */
export const TAGS = {
  regions: "regions",
  categories: "categories",
  products: "products",
  product: (handle: string) => `product-${handle}`,
  farms: "farms",
  farm: (handle: string) => `farm-${handle}`,
  /** The shop's own details (무통장입금 account). */
  shop: "shop",
  /** One shopper's cart (never cached across shoppers: reads are no-store; actions update it). */
  cart: (cartId: string) => `cart-${cartId}`,
} as const

/** Seconds a cached read is served before it is fetched again in the background. */
export const REVALIDATE_SECONDS = 60
