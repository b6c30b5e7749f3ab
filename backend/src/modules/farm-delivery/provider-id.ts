/** Medusa names a provider `<identifier>_<id>`; both are "farm-delivery" in medusa-config.ts. */
export const FARM_DELIVERY_PROVIDER_ID = "farm-delivery_farm-delivery"
