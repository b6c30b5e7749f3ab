import { beforeAll, describe, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BACKEND_DIR, seedCatalog, statusOf, testEnv } from "../helpers"
import { adminHeaders, confirmDeposit, FARMER_PASSWORD, placeOrder, seededFarmLogin, type Headers } from "../farmers"

type FarmProducts = { products: { id: string; title: string; variants: { id: string }[] }[] }

/** A farm's first product and that product's first variant (seeded data). */
async function firstProduct(container: MedusaContainer, farmId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "farm", fields: ["products.id", "products.title", "products.variants.id"], filters: { id: farmId } })
  const product = (data[0] as unknown as FarmProducts).products[0]
  return { productId: product.id, variantId: product.variants[0].id }
}

/**
 * Everything of farm B a farmer of farm A could try to change, read straight from the
 * database: compared before and after the attempts.
 */
async function farmBState(container: MedusaContainer, productIds: string[], orderIds: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["title", "description", "status", "metadata", "variants.id", "variants.prices.amount", "variants.inventory_items.inventory.location_levels.stocked_quantity"],
    filters: { id: productIds },
  })
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "fulfillments.id", "items.detail.fulfilled_quantity"], filters: { id: orderIds } })
  const { data: statements } = await query.graph({ entity: "settlement_statement", fields: ["id", "net", "status"], filters: {} })
  const { data: members } = await query.graph({ entity: "farm_member", fields: ["id", "email", "farm_id"], filters: {} })
  return JSON.stringify({ products, orders, statements, members })
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    let a: Headers // owner of farm A
    let suspended: Headers // owner of a farm the department suspended
    let admin: Headers
    let b: { farmId: string; memberId: string; itemOnlyB: string; itemOfA: string; draftId: string; draftVariantId: string; productId: string; variantId: string; statementId: string; onlyB: string; mixed: string; itemOfB: string }
    let own: { productId: string; variantId: string }

    beforeAll(async () => {
      const container = getContainer()
      await seedCatalog(container)
      admin = await adminHeaders(api, container)
      const farmA = await seededFarmLogin(api, container, "namwon-sunny-orchard", "a@namwon.example")
      const farmB = await seededFarmLogin(api, container, "hyodon-doldam-orchard", "b@hyodon.example")
      const farmC = await seededFarmLogin(api, container, "wimi-dongbaek-orchard", "c@wimi.example")
      a = farmA.headers
      suspended = farmC.headers
      own = await firstProduct(container, farmA.farmId)
      const ofB = await firstProduct(container, farmB.farmId)
      const onlyB = await placeOrder(api, container, [ofB.variantId], "only-b@example.com")
      const mixed = await placeOrder(api, container, [own.variantId, ofB.variantId], "mixed@example.com")
      for (const order of [onlyB, mixed]) await confirmDeposit(api, container, order.id, admin)
      const itemOfB = mixed.items!.find((i) => i.variant_id === ofB.variantId)!.id
      const itemOfA = mixed.items!.find((i) => i.variant_id === own.variantId)!.id
      // A draft of B's (drafts take edits directly, live listings through review: both are tried).
      const { data: draft } = await api.post("/farmer/products", {
        title: "효돈 초안 상품", description: "아직 손님에게 보이지 않는 초안입니다.", category: "produce", delivery_type: "normal",
        season: null, gift: false, origin: "국산", images: [], variants: [{ weight: "1kg", use: "가정용", price: 9000, stock: 5 }], notice: [],
      }, { headers: farmB.headers })
      const statement = await container.resolve<{ createSettlementStatements(d: object): Promise<{ id: string }> }>("settlement").createSettlementStatements({
        farm_id: farmB.farmId, period_start: new Date("2026-11-01T00:00:00+09:00"), period_end: new Date("2026-11-15T23:59:59+09:00"),
        sales: 100000, refunds: 0, commission: 3000, net: 97000, status: "confirmed",
      })
      b = { farmId: farmB.farmId, memberId: farmB.memberId, itemOnlyB: onlyB.items![0].id, itemOfA, draftId: draft.product.id, draftVariantId: draft.product.variants[0].id, ...ofB, statementId: statement.id, onlyB: onlyB.id, mixed: mixed.id, itemOfB }
      await api.post(`/admin/farms/${farmC.farmId}/decision`, { decision: "suspend", reason: "품질 민원 확인 중" }, { headers: admin })
    })

    describe("a farmer of farm A trying farm B's data gets 404, and nothing of B changes", () => {
      let before: string
      beforeAll(async () => {
        before = await farmBState(getContainer(), [b.productId, b.draftId], [b.onlyB, b.mixed])
      })

      const listing = { title: "남의 상품 바꾸기", description: "다른 농장의 상품을 고쳐 보려는 시도입니다. 거절되어야 합니다." }
      const attempts: [string, () => Promise<unknown>][] = [
        ["read B's product", () => api.get(`/farmer/products/${b.productId}`, { headers: a })],
        ["edit B's product", () => api.post(`/farmer/products/${b.productId}`, listing, { headers: a })],
        ["submit B's product for review", () => api.post(`/farmer/products/${b.productId}/submit`, {}, { headers: a })],
        ["set B's stock", () => api.post(`/farmer/products/${b.productId}/stock`, { variants: [{ id: b.variantId, stock: 0 }] }, { headers: a })],
        ["set B's variant's stock through A's product", () => api.post(`/farmer/products/${own.productId}/stock`, { variants: [{ id: b.variantId, stock: 0 }] }, { headers: a })],
        ["reprice B's variant through A's product", () => api.post(`/farmer/products/${own.productId}`, { variants: [{ id: b.variantId, weight: "3kg", use: "가정용", price: 100, stock: 1 }] }, { headers: a })],
        ["read an order holding only B's goods", () => api.get(`/farmer/orders/${b.onlyB}`, { headers: a })],
        ["ship an order holding only B's goods", () => api.post(`/farmer/orders/${b.onlyB}/shipments`, { courier: "cj", tracking_number: "123456789012" }, { headers: a })],
        ["ship B's item of a shared order", () => api.post(`/farmer/orders/${b.mixed}/shipments`, { courier: "cj", tracking_number: "123456789013", item_ids: [b.itemOfB] }, { headers: a })],
        ["ship B's item of another order through A's share of a shared order", () => api.post(`/farmer/orders/${b.mixed}/shipments`, { courier: "cj", tracking_number: "123456789015", item_ids: [b.itemOnlyB] }, { headers: a })],
        ["remove B's member", () => api.delete(`/farmer/members/${b.memberId}`, { headers: a })],
        ["reprice B's live listing", () => api.post(`/farmer/products/${b.productId}`, { variants: [{ id: b.variantId, weight: "3kg", use: "가정용", price: 100, stock: 1 }] }, { headers: a })],
        ["replace B's photos", () => api.post(`/farmer/products/${b.productId}`, { images: [] }, { headers: a })],
        ["change B's season and delivery (applied at once on a live listing)", () => api.post(`/farmer/products/${b.productId}`, { season: null, delivery_type: "normal" }, { headers: a })],
        ["read B's draft", () => api.get(`/farmer/products/${b.draftId}`, { headers: a })],
        ["edit B's draft (applied at once)", () => api.post(`/farmer/products/${b.draftId}`, listing, { headers: a })],
        ["submit B's draft", () => api.post(`/farmer/products/${b.draftId}/submit`, {}, { headers: a })],
        ["set the stock of B's draft", () => api.post(`/farmer/products/${b.draftId}/stock`, { variants: [{ id: b.draftVariantId, stock: 0 }] }, { headers: a })],
        ["ship A's own item through an order holding only B's goods", () => api.post(`/farmer/orders/${b.onlyB}/shipments`, { courier: "cj", tracking_number: "123456789016", item_ids: [b.itemOfA] }, { headers: a })],
        ["read B's statement", () => api.get(`/farmer/settlements/${b.statementId}`, { headers: a })],
      ]
      for (const [name, attempt] of attempts) {
        it(`refuses: ${name}`, async () => {
          expect((await statusOf(attempt())).status).toBe(404)
        })
      }

      it("lists only A's own products, orders, items, statements and members", async () => {
        const [products, orders, statements, members] = await Promise.all(
          ["/farmer/products", "/farmer/orders?status=all", "/farmer/settlements", "/farmer/members"].map((route) => api.get(route, { headers: a }))
        )
        expect(products.data.products.map((p: { id: string }) => p.id)).not.toContain(b.productId)
        expect(products.data.products.map((p: { id: string }) => p.id)).toContain(own.productId)
        const orderIds = orders.data.orders.map((o: { id: string }) => o.id)
        expect(orderIds).not.toContain(b.onlyB)
        const shared = orders.data.orders.find((o: { id: string }) => o.id === b.mixed)
        expect(shared.items.map((i: { id: string }) => i.id)).not.toContain(b.itemOfB)
        expect(JSON.stringify(shared)).not.toMatch(/payment_collection|payment_session|card|account_number|buyer@|mixed@example/i)
        expect(statements.data.statements).toEqual([])
        expect(members.data.members.map((m: { email: string }) => m.email)).toEqual(["a@namwon.example"])
      })

      it("ships nothing of B from a CSV that names B's orders", async () => {
        const form = new FormData()
        form.append("file", new Blob([`주문번호,택배사,송장번호\n${await displayId(b.onlyB)},CJ대한통운,123456789014\n`], { type: "text/csv" }), "b.csv")
        const { data } = await api.post("/farmer/shipments/csv", form, { headers: a })
        expect(data.report.applied).toBe(0)
        expect(data.report.rows[0].status).toBe("error")
      })

      it("left every piece of B's data as it was", async () => {
        expect(await farmBState(getContainer(), [b.productId, b.draftId], [b.onlyB, b.mixed])).toBe(before)
      })
    })

    async function displayId(orderId: string): Promise<number> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["display_id"], filters: { id: orderId } })
      return (data[0] as unknown as { display_id: number }).display_id
    }

    describe("who may write at all", () => {
      it("lets a suspended farm read but not write (403)", async () => {
        const ownOfC = await api.get("/farmer/products", { headers: suspended })
        const productId = ownOfC.data.products[0].id as string
        expect((await api.get("/farmer/orders", { headers: suspended })).status).toBe(200)
        expect((await api.get("/farmer/settlements", { headers: suspended })).status).toBe(200)
        const writes = [
          api.post("/farmer/products", { title: "정지 중 등록" }, { headers: suspended }),
          api.post(`/farmer/products/${productId}`, { title: "정지 중 수정" }, { headers: suspended }),
          api.post(`/farmer/products/${productId}/stock`, { variants: [] }, { headers: suspended }),
          api.post("/farmer/members/invites", { email: "x@wimi.example", name: "김가족" }, { headers: suspended }),
        ]
        for (const write of writes) expect((await statusOf(write)).status).toBe(403)
      })

      it("lets no farmer, shopper or stranger use the department's routes: an application cannot approve itself", async () => {
        const { data } = await api.post("/auth/farmer/emailpass/register", { email: "self@example.com", password: FARMER_PASSWORD })
        const registration = { authorization: `Bearer ${data.token}` }
        const application = await api.post("/farmer/applications", {
          farm_name: "스스로 승인 농장", representative: "고스스", phone: "010-2345-6789", email: "self@example.com", town: "남원읍",
          address: "제주특별자치도 서귀포시 남원읍 태위로 1", farmer_registration_number: "1234567890", certifications: [],
          bank: { bank_name: "농협은행", account_number: "301-1234-5678-91", holder: "고스스" }, story: "스스로 승인해 보려는 농장입니다.",
        }, { headers: registration })
        const farmId = application.data.farm.id as string
        const { data: signedIn } = await api.post("/auth/farmer/emailpass", { email: "self@example.com", password: FARMER_PASSWORD })
        const pending = { authorization: `Bearer ${signedIn.token}` }
        expect((await statusOf(api.post(`/admin/farms/${farmId}/decision`, { decision: "approve" }, { headers: pending }))).status).toBe(401)
        expect((await statusOf(api.get("/admin/listing-reviews", { headers: a }))).status).toBe(401)
        expect((await statusOf(api.get("/admin/farms", { headers: a }))).status).toBe(401)
        expect((await statusOf(api.post("/farmer/products", { title: "심사 전 등록" }, { headers: pending }))).status).toBe(403)
        expect((await statusOf(api.get("/farmer/orders"))).status).toBe(401)
        const me = await api.get("/farmer/me", { headers: pending })
        expect(me.data.farm.status).toBe("pending")
      })
    })
  },
})
