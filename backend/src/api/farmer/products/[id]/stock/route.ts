import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyListingWorkflow } from "../../../../../workflows/apply-listing"
import { requireFarmProduct, writableFarm } from "../../../farm-context"
import { parseBody, requireOwnVariants } from "../../guards"
import { loadListing, pendingChanges, presentListing } from "../../listing-reads"
import { shopContext } from "../../shop-context"
import { StockBody } from "../../validators"

/** POST /farmer/products/:id/stock — what can still be sold, per variant; applies at once in any state. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = await writableFarm(req)
  await requireFarmProduct(req, ctx.farmId, req.params.id)
  const { variants } = parseBody(StockBody, req.body)
  const shop = await shopContext(req.scope)
  const view = await loadListing(req.scope, req.params.id, shop.locationId)
  requireOwnVariants(view, variants.map((v) => v.id))
  await applyListingWorkflow(req.scope).run({
    input: {
      product_id: view.id,
      location_id: shop.locationId,
      plan: { fields: {}, variants: null, stock: variants.map((v) => ({ variant_id: v.id, stock: v.stock })) },
      revision: { type: "none" },
    },
  })
  const after = await loadListing(req.scope, view.id, shop.locationId)
  const pending = (await pendingChanges(req.scope, [view.id])).get(view.id)
  res.json({ product: presentListing(after, pending?.raw ?? null) })
}
