import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { planDecision } from "../../../../../lib/listing/decisions"
import { listingPatchSchema, type ListingPatch } from "../../../../../lib/listing/schema"
import { LISTING_REVIEW_MODULE } from "../../../../../modules/listing-review"
import type ListingReviewModuleService from "../../../../../modules/listing-review/service"
import { applyListingWorkflow } from "../../../../../workflows/apply-listing"
import { parseBody, refuseUnless } from "../../../../farmer/products/guards"
import { loadListing } from "../../../../farmer/products/listing-reads"
import { shopContext } from "../../../../farmer/products/shop-context"
import { ListingDecisionBody } from "../../validators"

/**
 * POST /admin/listing-reviews/:id/decision — approve (a new listing goes on sale; a change is
 * applied to the live listing) or reject with a reason the farmer reads.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { decision, reason } = parseBody(ListingDecisionBody, req.body)
  const reviews = req.scope.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE)
  const [review] = await reviews.listListingRevisions({ id: req.params.id })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `심사 ${req.params.id}을(를) 찾을 수 없습니다`)
  if (review.status !== "pending") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "이미 결정된 심사입니다")
  const shop = await shopContext(req.scope)
  const view = await loadListing(req.scope, review.product_id, shop.locationId)
  const changes = review.kind === "change" ? (listingPatchSchema.safeParse(review.changes ?? {}).data ?? null) : null
  const { plan } = refuseUnless(planDecision(view, { kind: review.kind, changes: changes as ListingPatch | null }, decision, reason ?? null, shop))
  const { result } = await applyListingWorkflow(req.scope).run({
    input: {
      product_id: view.id,
      location_id: shop.locationId,
      plan,
      revision: { type: "decide", id: review.id, status: decision === "approve" ? "approved" : "rejected", reason: reason ?? null },
    },
  })
  const decided = result.revision
  res.json({ review: { id: review.id, kind: review.kind, product_id: review.product_id, status: decided?.status, reason: decided?.reason ?? null, decided_at: decided?.decided_at ?? null } })
}
