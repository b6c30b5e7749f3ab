import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { StoreSeed } from "./catalog-schema"
import { FARM_DELIVERY_PROVIDER_ID } from "../../modules/farm-delivery/provider-id"

export type StoreContext = {
  salesChannelId: string
  regionId: string
  stockLocationId: string
  serviceZoneId: string
  publishableKey: string
}

/** Store, sales channel, key, region, taxes and the Seogwipo stock location; each created once. */
export async function setUpStore(container: MedusaContainer, seed: StoreSeed): Promise<StoreContext> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: seed.sales_channel.name } })
  const salesChannelId =
    channels[0]?.id ??
    (await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [seed.sales_channel] } })).result[0].id

  const { data: keys } = await query.graph({ entity: "api_key", fields: ["id", "token"], filters: { title: seed.publishable_key_title } })
  let publishableKey = keys[0]?.token
  if (!publishableKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: seed.publishable_key_title, type: "publishable", created_by: "seed" }] },
    })
    publishableKey = result[0].token
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: result[0].id, add: [salesChannelId] } })
  }

  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { name: seed.region.name } })
  const regionId =
    regions[0]?.id ??
    (
      await createRegionsWorkflow(container).run({
        input: {
          regions: [{ ...seed.region, payment_providers: ["pp_system_default"], automatic_taxes: true, is_tax_inclusive: true }],
        },
      })
    ).result[0].id

  const { data: taxRegions } = await query.graph({ entity: "tax_region", fields: ["id"], filters: { country_code: "kr" } })
  if (!taxRegions.length) {
    // Fresh farm produce is VAT-exempt (면세); processed goods carry 10% — see tax-rates.ts.
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: "kr", provider_id: "tp_system", default_tax_rate: { name: "면세", code: "VAT-EXEMPT", rate: 0 } }],
    })
  }

  const { stockLocationId, serviceZoneId } = await setUpStockLocation(container, seed, salesChannelId)

  const { data: stores } = await query.graph({ entity: "store", fields: ["id"] })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: stores[0].id },
      update: {
        name: seed.name,
        supported_currencies: [{ currency_code: "krw", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
        default_location_id: stockLocationId,
        metadata: { bank_transfer: seed.bank_transfer },
      },
    },
  })
  return { salesChannelId, regionId, stockLocationId, serviceZoneId, publishableKey }
}

async function setUpStockLocation(container: MedusaContainer, seed: StoreSeed, salesChannelId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: found } = await query.graph({
    entity: "stock_location",
    fields: ["id", "fulfillment_sets.service_zones.id"],
    filters: { name: seed.stock_location.name },
  })
  const existing = found[0]
  const zoneId = existing?.fulfillment_sets?.[0]?.service_zones?.[0]?.id
  if (existing && zoneId) return { stockLocationId: existing.id, serviceZoneId: zoneId }

  const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [seed.stock_location] } })
  const stockLocationId = result[0].id
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const set = await fulfillment.createFulfillmentSets({
    name: "서귀포 산지 직송",
    type: "shipping",
    service_zones: [{ name: "대한민국", geo_zones: [{ type: "country", country_code: "kr" }] }],
  })
  await link.create([
    { [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: FARM_DELIVERY_PROVIDER_ID } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
  ])
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: stockLocationId, add: [salesChannelId] } })
  return { stockLocationId, serviceZoneId: set.service_zones[0].id }
}
