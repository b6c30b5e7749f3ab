import "server-only"
import type { HttpTypes } from "@medusajs/types"
import {
  toProductDetail,
  toProductSummary,
  type StoreProductWithFarm,
} from "../catalog/product-mapper"
import type { ProductDetail, ProductSummary } from "../catalog/types"
import { storeRead, type StoreQuery } from "./client"
import { isHandle } from "../handle"
import { getRegion } from "./regions"
import { TAGS } from "./tags"

/** Medusa's default product fields plus prices, stock, metadata, categories, images and the farm link. */
const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+metadata",
  "*categories",
  "*images",
  "+farm.*",
].join(",")

type ProductList = Omit<HttpTypes.StoreProductListResponse, "products"> & {
  products: StoreProductWithFarm[]
}

async function fetchProducts(query: StoreQuery, tags: string[]): Promise<ProductList> {
  const region = await getRegion()
  return storeRead<ProductList>("/store/products", {
    query: { ...query, region_id: region.id, fields: PRODUCT_FIELDS },
    tags: [TAGS.products, ...tags],
  })
}

export type ProductFilter = {
  categoryId?: string
  /** Only these product ids (e.g. a farm's products). */
  ids?: string[]
  limit?: number
  offset?: number
}

export async function listProducts(filter: ProductFilter = {}): Promise<{ products: ProductSummary[]; count: number }> {
  if (filter.ids?.length === 0) return { products: [], count: 0 }
  const { products, count } = await fetchProducts(
    {
      category_id: filter.categoryId,
      id: filter.ids,
      limit: filter.limit ?? 48,
      offset: filter.offset ?? 0,
      order: "created_at",
    },
    filter.categoryId ? [TAGS.categories] : []
  )
  return { products: products.map(toProductSummary), count }
}

export async function getProductByHandle(handle: string): Promise<ProductDetail | null> {
  if (!isHandle(handle)) return null
  const { products } = await fetchProducts({ handle, limit: 1 }, [TAGS.product(handle)])
  const product = products[0]
  return product ? toProductDetail(product) : null
}
