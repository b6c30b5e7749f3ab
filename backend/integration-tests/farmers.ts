import type { AxiosInstance } from "axios"
import Medusa from "@medusajs/js-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { FARM_MODULE } from "../src/modules/farm"
import type FarmModuleService from "../src/modules/farm/service"
import { publishableKey } from "./helpers"

export type Headers = Record<string, string>
export const FARMER_PASSWORD = "gyul-farm-2026"

/** A department (admin user) login. */
export async function adminHeaders(api: AxiosInstance, container: MedusaContainer, email = "department@seogwipo.go.kr"): Promise<Headers> {
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password: "department-2026" } })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: user.id } })
  const { data } = await api.post("/auth/user/emailpass", { email, password: "department-2026" })
  return { authorization: `Bearer ${data.token}` }
}

/** Signs a farmer login in (bearer headers). */
export async function farmerSignIn(api: AxiosInstance, email: string): Promise<Headers> {
  const { data } = await api.post("/auth/farmer/emailpass", { email, password: FARMER_PASSWORD })
  return { authorization: `Bearer ${data.token}` }
}

/**
 * A login for a member of a seeded farm (the seed has farms but no logins): a farm member
 * row and an emailpass identity whose app_metadata names it (as the application does).
 */
export async function seededFarmLogin(
  api: AxiosInstance,
  container: MedusaContainer,
  farmHandle: string,
  email: string,
  role: "owner" | "member" = "owner"
): Promise<{ headers: Headers; farmId: string; memberId: string }> {
  const farms = container.resolve<FarmModuleService>(FARM_MODULE)
  const [farm] = await farms.listFarms({ handle: farmHandle }, { select: ["id"] })
  if (!farm) throw new Error(`no seeded farm ${farmHandle}`)
  const member = await farms.createFarmMembers({ farm_id: farm.id, email, name: "테스트 농부", phone: "010-2222-3333", role })
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity } = await auth.register("emailpass", { body: { email, password: FARMER_PASSWORD } })
  await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { farmer_id: member.id } })
  return { headers: await farmerSignIn(api, email), farmId: farm.id, memberId: member.id }
}

export const shopperAddress = {
  first_name: "길동",
  last_name: "홍",
  address_1: "제주특별자치도 서귀포시 중앙로 105",
  address_2: "3층 301호",
  city: "서귀포시",
  province: "제주특별자치도",
  postal_code: "63592",
  country_code: "kr",
  phone: "010-1234-5678",
}

/**
 * Places an order (무통장입금) for one unit of each variant, with each farm's first delivery
 * option, as a guest shopper. Returns the order as the store API answers it.
 */
export async function placeOrder(api: AxiosInstance, container: MedusaContainer, variantIds: string[], email = "buyer@example.com", metadata: Record<string, unknown> = {}) {
  const sdk = new Medusa({ baseUrl: api.defaults.baseURL!, publishableKey: await publishableKey(container) })
  const { regions } = await sdk.store.region.list()
  const region = regions.find((r) => r.currency_code === "krw")!
  let { cart } = await sdk.store.cart.create({ region_id: region.id, email })
  for (const variant_id of variantIds) await sdk.store.cart.createLineItem(cart.id, { variant_id, quantity: 1 })
  await sdk.store.cart.update(cart.id, { shipping_address: shopperAddress, billing_address: shopperAddress, metadata })
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
  const seen = new Set<string>()
  for (const option of shipping_options) {
    if (seen.has(option.shipping_profile_id)) continue
    seen.add(option.shipping_profile_id)
    await sdk.store.cart.addShippingMethod(cart.id, { option_id: option.id })
  }
  ;({ cart } = await sdk.store.cart.retrieve(cart.id, { fields: "+total,*payment_collection" }))
  await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
  const result = await sdk.store.cart.complete(cart.id)
  if (result.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(result)}`)
  return result.order
}

/** The department confirms the 무통장입금 deposit of an order (captures its payment). */
export async function confirmDeposit(api: AxiosInstance, container: MedusaContainer, orderId: string, admin: Headers) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
  type Collection = { payments?: ({ id: string } | null)[] } | null
  const collections = (data[0]?.payment_collections ?? []) as Collection[]
  const payments = collections.flatMap((c) => c?.payments ?? [])
  for (const payment of payments) if (payment) await api.post(`/admin/payments/${payment.id}/capture`, {}, { headers: admin })
}
