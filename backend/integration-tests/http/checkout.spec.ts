import { beforeAll, expect, it } from "vitest"
import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadCatalog } from "../../src/scripts/seed/load-catalog"
import { BACKEND_DIR, publishableKey, seedCatalog, testEnv } from "../helpers"
import { shopperAddress } from "../farmers"

type ListedProduct = {
  id: string
  handle: string
  farm?: { handle: string } | null
  variants: { id: string; inventory_quantity?: number; calculated_price?: { calculated_amount: number } }[]
}

const address = shopperAddress

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    let sdk: Medusa
    beforeAll(async () => {
      await seedCatalog(getContainer())
      sdk = new Medusa({ baseUrl: api.defaults.baseURL, publishableKey: await publishableKey(getContainer()) })
    })

    it("checks out goods of two farms with a delivery per farm and 무통장입금, in whole won", async () => {
      const catalog = loadCatalog()
      const farmSeeds = new Map(catalog.farms.map((f) => [f.handle, f]))
      const { regions } = await sdk.store.region.list()
      const region = regions.find((r) => r.currency_code === "krw")
      expect(region?.name).toBe("대한민국")
      const { products } = await sdk.store.product.list({
        region_id: region!.id,
        limit: 100,
        fields: "id,handle,*variants.calculated_price,+variants.inventory_quantity,+farm.handle",
      })
      const inStock = (products as unknown as ListedProduct[]).filter((p) => (p.variants[0]?.inventory_quantity ?? 0) > 5 && p.farm)
      // Farm A gets enough to pass its free-delivery threshold; farm B a single item below its own.
      const a = inStock.find((p) => farmSeeds.get(p.farm!.handle)?.delivery.free_threshold)!
      const farmA = farmSeeds.get(a.farm!.handle)!
      const b = inStock.find((p) => {
        const farm = farmSeeds.get(p.farm!.handle)!
        return p.farm!.handle !== farmA.handle && farm.delivery.free_threshold !== null && p.variants[0].calculated_price!.calculated_amount < farm.delivery.free_threshold
      })!
      const farmB = farmSeeds.get(b.farm!.handle)!
      const priceA = a.variants[0].calculated_price!.calculated_amount
      const priceB = b.variants[0].calculated_price!.calculated_amount
      const qtyA = Math.min(5, Math.ceil(farmA.delivery.free_threshold! / priceA))

      let { cart } = await sdk.store.cart.create({ region_id: region!.id, email: "buyer@example.com" })
      await sdk.store.cart.createLineItem(cart.id, { variant_id: a.variants[0].id, quantity: qtyA })
      await sdk.store.cart.createLineItem(cart.id, { variant_id: b.variants[0].id, quantity: 1 })
      const gift = { is_gift: true, message: "맛있게 드세요", hide_prices: true }
      ;({ cart } = await sdk.store.cart.update(cart.id, { shipping_address: address, billing_address: address, metadata: { gift } }))

      const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cart.id })
      // Each farm ships its own parcel: its options belong to its own shipping profile.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: farms } = await query.graph({ entity: "farm", fields: ["handle", "shipping_profile.id"], filters: { handle: [farmA.handle, farmB.handle] } })
      const profileOf = (handle: string) => farms.find((f) => f.handle === handle)?.shipping_profile?.id

      const feeOf = (farm: typeof farmA, items: number) =>
        farm.delivery.free_threshold !== null && items >= farm.delivery.free_threshold ? 0 : farm.delivery.options[0].price
      const optionFor = (handle: string) =>
        shipping_options.find((o) => o.shipping_profile_id === profileOf(handle) && o.name === farmSeeds.get(handle)!.delivery.options[0].name)!
      const optionA = optionFor(farmA.handle)
      const optionB = optionFor(farmB.handle)
      // Farm delivery fees are calculated per cart (the farm's own goods against its threshold).
      const feeQuoted = async (optionId: string) =>
        (await sdk.store.fulfillment.calculate(optionId, { cart_id: cart.id })).shipping_option.amount
      expect(await feeQuoted(optionA.id)).toBe(feeOf(farmA, priceA * qtyA))
      expect(await feeQuoted(optionB.id)).toBe(feeOf(farmB, priceB))

      await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionA.id })
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
      // Medusa itself refuses an order whose second farm has no delivery method.
      const refused = await sdk.store.cart.complete(cart.id).then(() => "completed", (e: Error) => e.message)
      expect(refused).toMatch(/shipping/i)

      ;({ cart } = await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionB.id }))
      // The total changed with the second parcel: 무통장입금 is set up again for the new amount.
      ;({ cart } = await sdk.store.cart.retrieve(cart.id, { fields: "+total,*payment_collection" }))
      await sdk.store.payment.initiatePaymentSession(cart, { provider_id: "pp_system_default" })
      const result = await sdk.store.cart.complete(cart.id)
      expect(result.type).toBe("order")
      if (result.type !== "order") return
      const order = result.order
      const expectedItems = priceA * qtyA + priceB
      const expectedShipping = feeOf(farmA, priceA * qtyA) + feeOf(farmB, priceB)
      expect(Number(order.item_total)).toBe(expectedItems)
      expect(Number(order.shipping_total)).toBe(expectedShipping)
      expect(Number(order.total)).toBe(expectedItems + expectedShipping)
      expect(Number.isInteger(Number(order.total))).toBe(true)
      expect(order.currency_code).toBe("krw")
      expect(order.shipping_methods).toHaveLength(2)
      // Gift details travel from the cart to the order (the packing slip leaves prices off).
      const { order: stored } = await sdk.store.order.retrieve(order.id, { fields: "id,metadata" })
      expect(stored.metadata).toMatchObject({ gift })

      // A guest finds the order again by its number and e-mail (any letter case), and only so.
      const headers = { "x-publishable-api-key": await publishableKey(getContainer()) }
      const found = await api.post("/store/order-lookup", { order_number: order.display_id, email: "Buyer@Example.com" }, { headers })
      expect(found.data.order).toMatchObject({ id: order.id, display_id: order.display_id })
      const wrongEmail = await api.post("/store/order-lookup", { order_number: order.display_id, email: "other@example.com" }, { headers }).catch((e: { response: { status: number } }) => e.response)
      expect(wrongEmail.status).toBe(404)
      const bad = await api.post("/store/order-lookup", { order_number: "abc", email: "nope" }, { headers }).catch((e: { response: { status: number; data: { message: string } } }) => e.response)
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/order_number/)
      expect(bad.data.message).toMatch(/email/)
    })

    it("tells the storefront the 무통장입금 account", async () => {
      const headers = { "x-publishable-api-key": await publishableKey(getContainer()) }
      const { data } = await api.get("/store/shop", { headers })
      const seeded = loadCatalog().store.bank_transfer
      expect(data.shop).toEqual({ name: "서귀포in", bank_transfer: seeded })
    })
  },
})
