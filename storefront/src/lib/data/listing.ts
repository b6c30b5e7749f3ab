import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { toListingProduct, type ListingProduct } from "../catalog/listing-product"
import type { StoreProductWithFarm } from "../catalog/product-mapper"
import { storeRead, type StoreQuery } from "./client"
import { getRegion } from "./regions"
import { TAGS } from "./tags"

/**
 * Medusa's default product fields plus prices, stock, metadata (season, delivery, gift) and the farm:
 * the same additions as ./products.ts, without images and categories a card does not need.
 */
const LISTING_FIELDS = ["*variants.calculated_price", "+variants.inventory_quantity", "+metadata", "+farm.*"].join(",")

/** A category holds at most this many products; the listing filters them in the storefront. */
const MAX_PRODUCTS = 100

type ProductList = Omit<HttpTypes.StoreProductListResponse, "products"> & { products: StoreProductWithFarm[] }

async function readListing(query: StoreQuery, tags: string[]): Promise<ListingProduct[]> {
  const region = await getRegion()
  const { products } = await storeRead<ProductList>("/store/products", {
    query: { ...query, region_id: region.id, fields: LISTING_FIELDS, limit: MAX_PRODUCTS, order: "created_at" },
    tags: [TAGS.products, ...tags],
  })
  return products.map(toListingProduct)
}

/** Every product of a category, in catalog order: one cached read per category. */
export const listCategoryProducts = cache(
  (categoryId: string): Promise<ListingProduct[]> => readListing({ category_id: categoryId }, [TAGS.categories])
)

/**
 * The catalog the home page picks from (이달의 제철, 선물세트): one cached read shared by its
 * sections (React's cache() dedupes it within a request, the tag cache across requests).
 */
export const listHomeProducts = cache((): Promise<ListingProduct[]> => readListing({}, []))
