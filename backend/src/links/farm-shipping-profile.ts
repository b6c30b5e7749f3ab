import { defineLink } from "@medusajs/framework/utils"
import FulfillmentModule from "@medusajs/medusa/fulfillment"
import FarmModule from "../modules/farm"

/**
 * Each farm ships its own parcel: one shipping profile per farm, so a cart holding goods of
 * two farms needs a delivery method for each, and Medusa itself enforces it.
 */
export default defineLink(FarmModule.linkable.farm, FulfillmentModule.linkable.shippingProfile)
