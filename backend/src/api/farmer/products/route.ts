import { randomBytes } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { variantTitle } from "../../../lib/listing/schema"
import { newProductInput } from "../../../lib/listing/to-product"
import { stateOf } from "../../../lib/listing/state"
import { createListingWorkflow } from "../../../workflows/create-listing"
import { farmContext, farmProductIds, writableFarm } from "../farm-context"
import { parseBody, requireFarmDelivery, requireOwnImages } from "./guards"
import { loadListing, loadListings, pendingChanges, presentListing } from "./listing-reads"
import { shopContext } from "./shop-context"
import { CreateListingBody } from "./validators"

/** GET /farmer/products — the farm's listings, newest change first (reads stay open to a suspended farm). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = await farmContext(req)
  const ids = [...(await farmProductIds(req, ctx.farmId))]
  const { locationId } = await shopContext(req.scope)
  const [views, pending] = await Promise.all([loadListings(req.scope, ids, locationId), pendingChanges(req.scope, ids)])
  const products = views
    .sort((a, b) => b.updated_at.localeCompare(a.updated_at))
    .map((v) => ({
      id: v.id,
      handle: v.handle,
      title: v.title,
      thumbnail: v.thumbnail,
      state: stateOf(v.status),
      review_reason: v.review_reason,
      pending_change: pending.get(v.id)?.raw ?? null,
      category: v.category,
      variants: v.variants.map((variant) => ({ id: variant.id, title: v.variant_titles[variant.id ?? ""] || variantTitle(variant), price: variant.price, stock: variant.stock })),
      updated_at: v.updated_at,
    }))
  res.json({ products })
}

type FarmRow = { handle: string; shipping_profile?: { id: string } | null }

/** POST /farmer/products — a new listing, saved as a draft. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const ctx = await writableFarm(req)
  const listing = parseBody(CreateListingBody, req.body)
  requireOwnImages(listing.images, [])
  await requireFarmDelivery(req.scope, ctx.farmId, listing.delivery_type)
  const shop = await shopContext(req.scope)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "farm", fields: ["handle", "shipping_profile.id"], filters: { id: ctx.farmId } })
  const farm = data[0] as FarmRow | undefined
  if (!farm?.shipping_profile) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Farm ${ctx.farmId} has no shipping profile`)
  const product = newProductInput(listing, { ...shop, handle: `${farm.handle}-${randomBytes(3).toString("hex")}`, shippingProfileId: farm.shipping_profile.id })
  const { result: productId } = await createListingWorkflow(req.scope).run({
    input: {
      farm_id: ctx.farmId,
      location_id: shop.locationId,
      product,
      stock: Object.fromEntries(listing.variants.map((v) => [variantTitle(v), v.stock])),
    },
  })
  const view = await loadListing(req.scope, productId, shop.locationId)
  res.status(201).json({ product: presentListing(view, null) })
}
