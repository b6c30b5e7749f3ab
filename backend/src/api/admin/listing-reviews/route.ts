import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FARM_MODULE } from "../../../modules/farm"
import type FarmModuleService from "../../../modules/farm/service"
import { LISTING_REVIEW_MODULE } from "../../../modules/listing-review"
import type ListingReviewModuleService from "../../../modules/listing-review/service"
import { parseBody } from "../../farmer/products/guards"
import { loadListings, presentListing } from "../../farmer/products/listing-reads"
import { shopContext } from "../../farmer/products/shop-context"
import { ListReviewsQuery } from "./validators"

/**
 * GET /admin/listing-reviews — the department's queue, oldest first. `changes` is the pending
 * partial listing of a change; for a new listing, the whole listing as submitted.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status } = parseBody(ListReviewsQuery, req.query)
  const reviews = await req.scope
    .resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE)
    .listListingRevisions(status === "all" ? {} : { status }, { order: { created_at: "ASC" }, take: 500 })
  const { locationId } = await shopContext(req.scope)
  const productIds = [...new Set(reviews.map((r) => r.product_id))]
  const farmIds = [...new Set(reviews.map((r) => r.farm_id))]
  const [listings, farms] = await Promise.all([
    loadListings(req.scope, productIds, locationId),
    farmIds.length ? req.scope.resolve<FarmModuleService>(FARM_MODULE).listFarms({ id: farmIds }, { select: ["id", "name"] }) : [],
  ])
  const listingOf = new Map(listings.map((l) => [l.id, l]))
  const farmOf = new Map(farms.map((f) => [f.id, { id: f.id, name: f.name }]))
  res.json({
    reviews: reviews.map((r) => {
      const listing = listingOf.get(r.product_id)
      return {
        id: r.id,
        kind: r.kind,
        status: r.status,
        product_id: r.product_id,
        product_title: listing?.title ?? null,
        product_handle: listing?.handle ?? null,
        farm: farmOf.get(r.farm_id) ?? { id: r.farm_id, name: null },
        changes: r.kind === "change" ? r.changes : listing ? presentListing(listing, null) : null,
        reason: r.reason,
        submitted_at: r.created_at,
        decided_at: r.decided_at,
      }
    }),
  })
}
