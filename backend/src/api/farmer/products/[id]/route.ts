import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planEdit } from "../../../../lib/listing/decisions"
import { isEmptyPlan } from "../../../../lib/listing/plan"
import { applyListingWorkflow } from "../../../../workflows/apply-listing"
import { farmContext, requireFarmProduct, writableFarm } from "../../farm-context"
import { parseBody, refuseUnless, requireFarmDelivery, requireOwnImages, requireOwnVariants } from "../guards"
import { loadListing, pendingChanges, presentListing } from "../listing-reads"
import { shopContext } from "../shop-context"
import { UpdateListingBody } from "../validators"

/** GET /farmer/products/:id — the listing and the change waiting for review, if any. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = await farmContext(req)
  await requireFarmProduct(req, ctx.farmId, req.params.id)
  const { locationId } = await shopContext(req.scope)
  const view = await loadListing(req.scope, req.params.id, locationId)
  const pending = await pendingChanges(req.scope, [view.id])
  res.json({ product: presentListing(view, pending.get(view.id)?.raw ?? null) })
}

/**
 * POST /farmer/products/:id — an edit (any subset of ListingInput). A live listing keeps selling:
 * its safe fields change at once, the rest waits for the department (docs/farmer-api.md).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = await writableFarm(req)
  await requireFarmProduct(req, ctx.farmId, req.params.id)
  const patch = parseBody(UpdateListingBody, req.body)
  const shop = await shopContext(req.scope)
  const view = await loadListing(req.scope, req.params.id, shop.locationId)
  requireOwnVariants(view, (patch.variants ?? []).map((v) => v.id))
  requireOwnImages(patch.images, view.images)
  if (patch.delivery_type !== view.delivery_type) await requireFarmDelivery(req.scope, ctx.farmId, patch.delivery_type)
  const pending = (await pendingChanges(req.scope, [view.id])).get(view.id)
  const { plan, pending: nextPending } = refuseUnless(planEdit(view, patch, pending?.changes ?? null, shop))
  if (!isEmptyPlan(plan) || nextPending) {
    await applyListingWorkflow(req.scope).run({
      input: {
        product_id: view.id,
        location_id: shop.locationId,
        plan,
        revision: nextPending ? { type: "upsert_change", product_id: view.id, farm_id: ctx.farmId, changes: nextPending } : { type: "none" },
      },
    })
  }
  const after = await loadListing(req.scope, view.id, shop.locationId)
  const changes = (await pendingChanges(req.scope, [view.id])).get(view.id)
  res.json({ product: presentListing(after, changes?.raw ?? null) })
}
