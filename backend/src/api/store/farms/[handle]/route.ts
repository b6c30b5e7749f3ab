import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_FARM_FIELDS, toPublicFarm } from "../farm-fields"
import { StoreFarmParams } from "../validators"

type FarmProduct = { id: string; handle: string; title: string; thumbnail: string | null; status: string; sales_channels?: { id: string }[] }

/** GET /store/farms/:handle — one approved farm with its published products. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const params = StoreFarmParams.safeParse(req.params)
  if (!params.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `handle: ${params.error.issues[0]?.message}`)
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "farm",
    fields: [
      ...PUBLIC_FARM_FIELDS,
      "products.id",
      "products.handle",
      "products.title",
      "products.subtitle",
      "products.thumbnail",
      "products.status",
      "products.sales_channels.id",
      "shipping_profile.id",
    ],
    filters: { handle: params.data.handle, status: "approved" },
  })
  const farm = data[0]
  if (!farm) throw new MedusaError(MedusaError.Types.NOT_FOUND, `농가를 찾을 수 없습니다: ${params.data.handle}`)

  // Only what this storefront's publishable key may sell.
  const channels = new Set(req.publishable_key_context.sales_channel_ids ?? [])
  const products = ((farm.products ?? []) as FarmProduct[])
    .filter((p) => p && p.status === "published" && (p.sales_channels ?? []).some((c) => channels.has(c.id)))
    .map(({ id, handle, title, thumbnail }) => ({ id, handle, title, thumbnail }))
  // The farm's parcel: storefronts pick its options from GET /store/shipping-options by this id.
  const { shipping_profile, ...rest } = farm as typeof farm & { shipping_profile?: { id: string } | null }
  res.json({ farm: { ...toPublicFarm(rest), shipping_profile_id: shipping_profile?.id ?? null, products } })
}
