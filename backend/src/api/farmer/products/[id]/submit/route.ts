import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { planSubmit } from "../../../../../lib/listing/decisions"
import { applyListingWorkflow } from "../../../../../workflows/apply-listing"
import { requireFarmProduct, writableFarm } from "../../../farm-context"
import { refuseUnless } from "../../guards"
import { loadListing, presentListing } from "../../listing-reads"
import { shopContext } from "../../shop-context"

/** POST /farmer/products/:id/submit — a complete draft goes to the department (400 naming what is missing). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = await writableFarm(req)
  await requireFarmProduct(req, ctx.farmId, req.params.id)
  const shop = await shopContext(req.scope)
  const view = await loadListing(req.scope, req.params.id, shop.locationId)
  const { plan } = refuseUnless(planSubmit(view))
  await applyListingWorkflow(req.scope).run({
    input: { product_id: view.id, location_id: shop.locationId, plan, revision: { type: "open_new", product_id: view.id, farm_id: ctx.farmId } },
  })
  res.json({ product: presentListing(await loadListing(req.scope, view.id, shop.locationId), null) })
}
