import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { StoreError } from "../store-error"
import { storeRead } from "./client"
import { TAGS } from "./tags"

export type Region = { id: string; name: string; currencyCode: string }

/** The shop's one region (대한민국, KRW); its id prices products. */
export async function getRegion(): Promise<Region> {
  const { regions } = await storeRead<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code" },
    tags: [TAGS.regions],
  })
  const region = regions.find((r) => r.currency_code === "krw") ?? regions[0]
  if (!region) throw new StoreError("bad-response", "GET /store/regions: no region")
  return { id: region.id, name: region.name, currencyCode: region.currency_code }
}
