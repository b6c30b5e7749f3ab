import { allowFields, authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { AdminFarmDecisionBody } from "./admin/farms/[id]/decision/validators"
import { AdminListFarmsQuery } from "./admin/farms/validators"
import { FarmApplicationBody } from "./farmer/applications/validators"
import { StoreOrderLookupBody } from "./store/order-lookup/validators"
import { PUBLIC_FARM_FIELDS } from "./store/farms/farm-fields"
import { StoreListFarmsQuery } from "./store/farms/validators"
import { StoreSearchQuery, StoreSearchSuggestQuery } from "./store/search/validators"
import { listingReviewMiddlewares } from "./admin/listing-reviews/middlewares"
import { farmerAuth } from "./farmer/farm-context"
import { farmerMembersMiddlewares } from "./farmer/members/middlewares"
import { farmerOrdersMiddlewares } from "./farmer/orders/middlewares"
import { farmerProductsMiddlewares } from "./farmer/products/middlewares"

/**
 * Store product reads may ask for the linked farm (`fields=+farm.*` or `+farm.name`): the
 * seller shoppers see. Only the farm's public profile fields; no `methods`, so this runs
 * before Medusa's own query validation of these routes.
 */
const allowFarm = allowFields("farm", ...PUBLIC_FARM_FIELDS.map((field) => `farm.${field}`))

export default defineMiddlewares({
  routes: [
    // Farmers are their own actor type. Applying needs only the registration token (no farm yet).
    {
      matcher: "/farmer/applications",
      methods: ["POST"],
      middlewares: [authenticate("farmer", ["bearer"], { allowUnregistered: true }), validateAndTransformBody(FarmApplicationBody)],
    },
    { matcher: "/farmer/me", middlewares: [farmerAuth] },
    ...farmerMembersMiddlewares,
    ...farmerProductsMiddlewares,
    ...farmerOrdersMiddlewares,
    ...listingReviewMiddlewares,
    { matcher: "/admin/farms", methods: ["GET"], middlewares: [validateAndTransformQuery(AdminListFarmsQuery, {})] },
    { matcher: "/admin/farms/:id/decision", methods: ["POST"], middlewares: [validateAndTransformBody(AdminFarmDecisionBody)] },
    {
      matcher: "/store/farms",
      methods: ["GET"],
      middlewares: [validateAndTransformQuery(StoreListFarmsQuery, {})],
    },
    // GET only: Medusa's own POST /store/search (raw engine results) is left as it is.
    { matcher: "/store/search", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchQuery, {})] },
    { matcher: "/store/search/suggest", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreSearchSuggestQuery, {})] },
    {
      matcher: "/store/order-lookup",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(StoreOrderLookupBody)],
    },
    // The buyer's order page shows what checkout kept on the order (gift message, delivery memo)
    // and links each farm's parcel to its courier's tracking page (Medusa allows fulfillments, not their labels).
    {
      matcher: "/store/orders/:id",
      middlewares: [allowFields("metadata", "fulfillments.labels", "fulfillments.labels.tracking_number", "fulfillments.labels.tracking_url", "fulfillments.metadata", "fulfillments.shipped_at")],
    },
    { matcher: "/store/products", middlewares: [allowFarm] },
    { matcher: "/store/products/:id", middlewares: [allowFarm] },
  ],
})
