import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { Category } from "../catalog/types"
import { isHandle } from "../handle"
import { storeRead } from "./client"
import { TAGS } from "./tags"

export async function getCategoryByHandle(handle: string): Promise<Category | null> {
  if (!isHandle(handle)) return null
  const { product_categories } = await storeRead<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    { query: { handle, fields: "id,handle,name,description", limit: 1 }, tags: [TAGS.categories] }
  )
  const category = product_categories[0]
  if (!category) return null
  return {
    id: category.id,
    handle: category.handle,
    name: category.name,
    description: category.description || null,
  }
}
