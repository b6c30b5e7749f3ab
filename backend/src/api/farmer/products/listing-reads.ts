import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { listingFromProduct, type ListingView } from "../../../lib/listing/from-product"
import { LISTING_PRODUCT_FIELDS, type ProductRow } from "../../../lib/listing/product-row"
import { listingPatchSchema, type ListingPatch } from "../../../lib/listing/schema"
import { stateOf } from "../../../lib/listing/state"
import { LISTING_REVIEW_MODULE } from "../../../modules/listing-review"
import type ListingReviewModuleService from "../../../modules/listing-review/service"

export async function loadListings(scope: MedusaContainer, productIds: string[], locationId: string | null): Promise<ListingView[]> {
  if (!productIds.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: LISTING_PRODUCT_FIELDS, filters: { id: productIds } })
  return (data as ProductRow[]).map((row) => listingFromProduct(row, locationId))
}

export async function loadListing(scope: MedusaContainer, productId: string, locationId: string | null): Promise<ListingView> {
  const [view] = await loadListings(scope, [productId], locationId)
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품 ${productId}을(를) 찾을 수 없습니다`)
  return view
}

/** Product id → its pending change (the stored partial listing). */
export async function pendingChanges(scope: MedusaContainer, productIds: string[]): Promise<Map<string, { id: string; changes: ListingPatch; raw: Record<string, unknown> }>> {
  if (!productIds.length) return new Map()
  const reviews = scope.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE)
  const pending = await reviews.listListingRevisions({ product_id: productIds, kind: "change", status: "pending" })
  return new Map(
    pending.flatMap((r) => {
      const raw = (r.changes ?? {}) as Record<string, unknown>
      const parsed = listingPatchSchema.safeParse(raw)
      return parsed.success ? [[r.product_id, { id: r.id, changes: parsed.data as ListingPatch, raw }] as const] : []
    })
  )
}

/** GET /farmer/products/:id's product: the live (or draft) listing and the change waiting for review. */
export function presentListing(view: ListingView, pending: Record<string, unknown> | null) {
  const { option_titles: _titles, variant_titles: _variantTitles, status, updated_at: _updated, thumbnail: _thumbnail, ...listing } = view
  return { ...listing, state: stateOf(status), review_reason: view.review_reason, pending_change: pending }
}
