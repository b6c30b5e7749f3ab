import { readFile, rm } from "node:fs/promises"
import { afterAll, beforeAll, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"
import type { OutboxEntry } from "../../src/modules/outbox-notification/service"
import { adminHeaders, confirmDeposit, placeOrder, seededFarmLogin, type Headers } from "../farmers"
import { BACKEND_DIR, OUTBOX_FILE, publishableKey, seedCatalog, statusOf, testEnv } from "../helpers"

const FARM_A = "namwon-sunny-orchard"
const FARM_B = "seongsan-haenyeo-seafood"
const gift = { is_gift: true, message: "할머니 생신 축하드려요", hide_prices: true }

type FarmLogin = { headers: Headers; farmId: string }
type ProductRow = { handle: string; variants: { id: string; sku: string }[] }

async function outbox(): Promise<OutboxEntry[]> {
  const text = await readFile(OUTBOX_FILE, "utf8").catch(() => "")
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as OutboxEntry)
}

/** Subscribers run after the request has answered: wait for the e-mails that match. */
async function mailsWhere(match: (e: OutboxEntry) => boolean, count = 1, timeoutMs = 15_000): Promise<OutboxEntry[]> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = (await outbox()).filter(match)
    if (found.length >= count || Date.now() > until) return found
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    let admin: Headers
    let farmA: FarmLogin
    let farmB: FarmLogin
    let store: Headers
    const variants = new Map<string, string[]>() // product handle → variant ids

    beforeAll(async () => {
      await rm(OUTBOX_FILE, { force: true })
      const container = getContainer()
      await seedCatalog(container)
      store = { "x-publishable-api-key": await publishableKey(container) }
      admin = await adminHeaders(api, container)
      farmA = await seededFarmLogin(api, container, FARM_A, "owner-a@example.com")
      farmB = await seededFarmLogin(api, container, FARM_B, "owner-b@example.com")
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["handle", "variants.id", "variants.sku"], filters: { handle: ["hallabong-namwon", "jeonbok-seongsan"] } })
      for (const p of data as ProductRow[]) variants.set(p.handle, p.variants.map((v) => v.id))
    })
    afterAll(() => rm(OUTBOX_FILE, { force: true }))

    const orderOfTwoFarms = (email: string, metadata: Record<string, unknown> = {}) =>
      placeOrder(api, getContainer(), [variants.get("hallabong-namwon")![0], variants.get("jeonbok-seongsan")![0]], email, metadata)
    const get = (path: string, farm: FarmLogin) => api.get(path, { headers: farm.headers })
    const ship = (orderId: string, body: object, farm: FarmLogin = farmA) => api.post(`/farmer/orders/${orderId}/shipments`, body, { headers: farm.headers })
    // Axios hides the answer's message: show it when a request meant to pass fails.
    const explain = (e: { response?: { status: number; data: unknown } }) => {
      throw new Error(`${e.response?.status}: ${JSON.stringify(e.response?.data)}`)
    }

    it("shows each farm only its own items of an order, with the recipient and gift but no payment details", async () => {
      const placed = await orderOfTwoFarms("gift-buyer@example.com", { gift, delivery_memo: "경비실에 맡겨 주세요" })
      const [itemA] = placed.items!.filter((i) => i.product_handle === "hallabong-namwon")
      const [itemB] = placed.items!.filter((i) => i.product_handle === "jeonbok-seongsan")

      const { data: seenA } = await get(`/farmer/orders/${placed.id}`, farmA)
      expect(seenA.order.items.map((i: { id: string }) => i.id)).toEqual([itemA.id])
      expect(seenA.order).toMatchObject({
        id: placed.id,
        display_id: placed.display_id,
        payment_confirmed: false,
        recipient: { name: "홍길동", phone: "010-1234-5678", postal_code: "63592", address_1: "제주특별자치도 서귀포시 중앙로 105", address_2: "3층 301호" },
        gift: { message: gift.message },
        delivery_memo: "경비실에 맡겨 주세요",
        delivery: { type: expect.any(String), name: expect.any(String) },
        shipments: [],
      })
      expect(seenA.order.items[0]).toMatchObject({ product_id: itemA.product_id, quantity: 1, unit_price: Number(itemA.unit_price), total: Number(itemA.unit_price), shipped: false })
      const raw = JSON.stringify(seenA)
      for (const secret of ["payment_collection", "payments", "captured", "pp_system_default", itemB.id, "email", String(placed.total)]) expect(raw).not.toContain(secret)

      const { data: seenB } = await get(`/farmer/orders/${placed.id}`, farmB)
      expect(seenB.order.items.map((i: { id: string }) => i.id)).toEqual([itemB.id])
      // The lists hold it too; not "waiting" before the deposit is confirmed.
      const all = await get("/farmer/orders?status=all", farmA)
      expect(all.data.orders.map((o: { id: string }) => o.id)).toContain(placed.id)
      const waiting = await get("/farmer/orders?status=waiting", farmA)
      expect(waiting.data.orders.map((o: { id: string }) => o.id)).not.toContain(placed.id)
      expect((await statusOf(get("/farmer/orders?status=lost", farmA))).status).toBe(400)
      expect((await statusOf(get("/farmer/orders/order_nope", farmA))).status).toBe(404)

      // Each farm got its own new-order e-mail, listing only its items.
      const mails = await mailsWhere((e) => e.template === "farm-order-placed" && e.data.order_id === placed.id, 2)
      const mailTo = (email: string) => mails.filter((e) => e.to === email)
      type MailItem = { title: string; quantity: number }
      const [mailA] = mailTo("sunny@seogwipo-farm.kr")
      const [mailB] = mailTo("haenyeo@seogwipo-sea.kr")
      expect(mails).toHaveLength(2)
      expect((mailA.data.items as MailItem[]).map((i) => i.title)).toEqual([itemA.product_title])
      expect((mailB.data.items as MailItem[]).map((i) => i.title)).toEqual([itemB.product_title])
      expect(mailA.data).toMatchObject({ display_id: placed.display_id, gift: true })
    })

    it("ships a farm's items only after the deposit, with a tracking link the shopper sees", async () => {
      const placed = await orderOfTwoFarms("ship-buyer@example.com")
      const [itemA] = placed.items!.filter((i) => i.product_handle === "hallabong-namwon")
      const [itemB] = placed.items!.filter((i) => i.product_handle === "jeonbok-seongsan")
      const body = { courier: "cj", tracking_number: "6307-1234-5678" }

      const early = await statusOf(ship(placed.id, body))
      expect(early.status).toBe(400)
      expect(early.message).toContain("입금")
      await confirmDeposit(api, getContainer(), placed.id, admin)
      const waiting = await get("/farmer/orders?status=waiting", farmA)
      expect(waiting.data.orders.find((o: { id: string }) => o.id === placed.id)).toMatchObject({ payment_confirmed: true, days_waiting: 0 })

      const bad = await statusOf(ship(placed.id, { courier: "dhl", tracking_number: "12" }))
      expect(bad.status).toBe(400)
      expect(bad.message).toMatch(/courier/)
      expect(bad.message).toMatch(/tracking_number/)
      expect((await statusOf(ship(placed.id, { ...body, item_ids: [itemB.id] }))).status).toBe(404)

      const { status, data } = await ship(placed.id, body).catch(explain)
      expect(status).toBe(201)
      const url = "https://trace.cjlogistics.com/next/tracking.html?wblNo=630712345678"
      expect(data.shipment).toMatchObject({ courier: "cj", courier_name: "CJ대한통운", tracking_number: "630712345678", tracking_url: url, item_ids: [itemA.id] })
      expect(data.shipment.shipped_at).toBeTruthy()
      const again = await statusOf(ship(placed.id, { ...body, item_ids: [itemA.id] }))
      expect(again.status).toBe(400)
      expect(again.message).toContain("이미 발송")

      // Medusa's fulfillment, marked shipped, holds only farm A's item.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["fulfillments.id", "fulfillments.shipped_at", "fulfillments.metadata", "fulfillments.items.line_item_id"],
        filters: { id: placed.id },
      })
      const fulfillments = orders[0].fulfillments as { id: string; shipped_at: string | null; metadata: Record<string, unknown>; items: { line_item_id: string }[] }[]
      expect(fulfillments, JSON.stringify(orders)).toHaveLength(1)
      expect(fulfillments[0]).toMatchObject({ id: data.shipment.id, metadata: { courier: "cj", farm_id: farmA.farmId } })
      expect(fulfillments[0].shipped_at).toBeTruthy()
      expect(fulfillments[0].items.map((i) => i.line_item_id)).toEqual([itemA.id])

      // The shopper's order page carries the tracking link.
      const { data: shopper } = await api.get(`/store/orders/${placed.id}?fields=id,fulfillments.shipped_at,fulfillments.metadata,*fulfillments.labels`, { headers: store })
      expect(shopper.order.fulfillments?.[0]?.labels?.[0], JSON.stringify(shopper.order)).toMatchObject({ tracking_number: "630712345678", tracking_url: url })
      expect(shopper.order.fulfillments[0].metadata).toMatchObject({ courier: "cj" })

      // Farm A sees it shipped; farm B still has its own item to send.
      const seenA = await get(`/farmer/orders/${placed.id}`, farmA)
      expect(seenA.data.order.items[0].shipped).toBe(true)
      expect(seenA.data.order.shipments).toHaveLength(1)
      const seenB = await get(`/farmer/orders/${placed.id}`, farmB)
      expect(seenB.data.order).toMatchObject({ shipments: [], items: [{ id: itemB.id, shipped: false }] })
      const shipped = await get("/farmer/orders?status=shipped", farmA)
      expect(shipped.data.orders.map((o: { id: string }) => o.id)).toContain(placed.id)

      // The shopper got an e-mail with the courier, number and tracking link.
      const [mail] = await mailsWhere((e) => e.to === "ship-buyer@example.com" && e.template === "order-shipped")
      expect(mail?.data).toMatchObject({ order_id: placed.id, courier_name: "CJ대한통운", tracking_number: "630712345678", tracking_url: url })
    })

    /** POST /farmer/shipments/csv with a CSV text in the multipart field `file`. */
    async function uploadCsv(text: string, farm: FarmLogin = farmA) {
      const form = new FormData()
      form.append("file", new Blob([text], { type: "text/csv" }), "송장.csv")
      const res = await fetch(`${api.defaults.baseURL}/farmer/shipments/csv`, { method: "POST", body: form, headers: farm.headers })
      return { status: res.status, data: await res.json() }
    }

    it("applies a CSV of tracking numbers row by row, and nothing twice", async () => {
      const paid = await orderOfTwoFarms("csv-buyer@example.com")
      const onlyB = await placeOrder(api, getContainer(), [variants.get("jeonbok-seongsan")![1]], "csv-b@example.com")
      const unpaid = await placeOrder(api, getContainer(), [variants.get("hallabong-namwon")![1]], "csv-unpaid@example.com")
      await confirmDeposit(api, getContainer(), paid.id, admin)
      await confirmDeposit(api, getContainer(), onlyB.id, admin)

      const csv = [
        "주문번호,택배사,송장번호",
        `#${paid.display_id},CJ대한통운,6307-1111-2222`,
        "#99999,한진,412345678901",
        `${onlyB.display_id},우체국,6070012345678`,
        `#${paid.display_id},경동택배,123456789012`,
        "",
        `#${unpaid.display_id},롯데,12`,
        `#${unpaid.display_id},롯데,233412345678`,
        `"#${paid.display_id}","CJ 대한통운","630711112222"`,
      ].join("\r\n")
      const first = await uploadCsv(csv)
      expect(first.status).toBe(200)
      const rows = first.data.report.rows as { line: number; status: string; message: string }[]
      expect(rows.map((r) => [r.line, r.status])).toEqual([
        [2, "applied"], [3, "error"], [4, "error"], [5, "error"], [7, "error"], [8, "error"], [9, "already"],
      ])
      expect(rows[1].message).toBe("주문을 찾을 수 없습니다")
      expect(rows[2].message).toBe("주문을 찾을 수 없습니다") // farm B's order is not farm A's business
      expect(rows[3].message).toContain("경동택배")
      expect(rows[4].message).toContain("송장번호")
      expect(rows[5].message).toContain("입금")
      expect(rows[6].message).toBe("이미 등록됨")
      expect(first.data.report).toMatchObject({ applied: 1, already: 1, failed: 5 })

      const seen = await get(`/farmer/orders/${paid.id}`, farmA)
      expect(seen.data.order.shipments).toMatchObject([{ courier: "cj", tracking_number: "630711112222" }])
      expect(seen.data.order.items.every((i: { shipped: boolean }) => i.shipped)).toBe(true)
      expect((await get(`/farmer/orders/${onlyB.id}`, farmB)).data.order.shipments).toEqual([])
      expect((await statusOf(get(`/farmer/orders/${onlyB.id}`, farmA))).status).toBe(404)
      const listA = (await get("/farmer/orders?limit=200", farmA)).data.orders.map((o: { id: string }) => o.id)
      expect(listA).toContain(paid.id)
      expect(listA).not.toContain(onlyB.id)

      // The same file again applies nothing; another number for a sent order is refused.
      const second = await uploadCsv(csv)
      expect(second.data.report).toMatchObject({ applied: 0, already: 2, failed: 5 })
      const other = await uploadCsv(`${paid.display_id},CJ대한통운,630799998888`)
      expect(other.data.report.rows).toEqual([{ line: 1, order: String(paid.display_id), status: "error", message: expect.stringContaining("이미 발송") }])
      expect((await get(`/farmer/orders/${paid.id}`, farmA)).data.order.shipments).toHaveLength(1)

      const noCourier = await uploadCsv("주문번호,송장번호\n1,630712345678")
      expect(noCourier.status).toBe(400)
      expect(noCourier.data.message).toContain("택배사")
      expect((await uploadCsv("x".repeat(1024 * 1024 + 1))).status).toBe(400)
    })

    it("shows the dashboard: waiting orders, low stock and sales of the week and month", async () => {
      const before = (await get("/farmer/dashboard", farmA)).data
      const placed = await orderOfTwoFarms("dash-buyer@example.com")
      await confirmDeposit(api, getContainer(), placed.id, admin)
      const [itemA] = placed.items!.filter((i) => i.product_handle === "hallabong-namwon")

      // One variant of farm A runs low.
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const lowVariant = variants.get("hallabong-namwon")![2]
      const { data: links } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory.location_levels.id", "inventory_items.inventory.location_levels.location_id", "inventory_items.inventory_item_id"], filters: { id: lowVariant } })
      type VariantStock = { inventory_items: { inventory_item_id: string; inventory: { location_levels: { location_id: string }[] } }[] }
      const link = (links[0] as unknown as VariantStock).inventory_items[0]
      const level = link.inventory.location_levels[0]
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: link.inventory_item_id, location_id: level.location_id, stocked_quantity: 3 }])

      const { data } = await get("/farmer/dashboard", farmA)
      const waiting = data.waiting.find((w: { id: string }) => w.id === placed.id)
      expect(waiting).toEqual({ id: placed.id, display_id: placed.display_id, placed_at: expect.any(String), days_waiting: 0, item_count: 1 })
      const dates = data.waiting.map((w: { placed_at: string }) => w.placed_at)
      expect(dates).toEqual([...dates].sort())
      expect(data.low_stock).toContainEqual(expect.objectContaining({ variant_id: lowVariant, stock: 3 }))
      const farmBVariants = new Set(variants.get("jeonbok-seongsan"))
      expect(data.low_stock.some((v: { variant_id: string }) => farmBVariants.has(v.variant_id))).toBe(false)
      expect(data.sales.week - before.sales.week).toBe(Number(itemA.unit_price))
      expect(data.sales.month - before.sales.month).toBe(Number(itemA.unit_price))
      expect(data.sales.month).toBeGreaterThanOrEqual(data.sales.week)
    })

    it("shows each farm only its own settlements; a suspended farm may read but not ship", async () => {
      const settlements = getContainer().resolve<SettlementModuleService>(SETTLEMENT_MODULE)
      const older = await settlements.createSettlementStatements({
        farm_id: farmA.farmId, period_start: new Date("2026-09-30T15:00:00Z"), period_end: new Date("2026-10-31T15:00:00Z"),
        sales: 1200000, refunds: 29000, commission: 35130, net: 1135870, status: "paid", paid_at: new Date("2026-11-10T01:00:00Z"),
      })
      const newer = await settlements.createSettlementStatements({
        farm_id: farmA.farmId, period_start: new Date("2026-10-31T15:00:00Z"), period_end: new Date("2026-11-30T15:00:00Z"),
        sales: 800000, refunds: 0, commission: 24000, net: 776000, status: "draft",
      })
      const seenA = await get("/farmer/settlements", farmA)
      expect(seenA.data.statements.map((s: { id: string }) => s.id)).toEqual([newer.id, older.id])
      expect(seenA.data.statements[1]).toMatchObject({ sales: 1200000, refunds: 29000, commission: 35130, net: 1135870, status: "paid" })
      expect(seenA.data.statements[1].paid_at).toBeTruthy()
      expect((await get("/farmer/settlements", farmB)).data.statements).toEqual([])

      const placed = await orderOfTwoFarms("suspended-buyer@example.com")
      await confirmDeposit(api, getContainer(), placed.id, admin)
      await api.post(`/admin/farms/${farmB.farmId}/decision`, { decision: "suspend", reason: "품질 확인 중" }, { headers: admin })
      try {
        expect((await get(`/farmer/orders/${placed.id}`, farmB)).status).toBe(200)
        expect((await get("/farmer/settlements", farmB)).status).toBe(200)
        expect((await statusOf(ship(placed.id, { courier: "hanjin", tracking_number: "412345678901" }, farmB))).status).toBe(403)
      } finally {
        await api.post(`/admin/farms/${farmB.farmId}/decision`, { decision: "reinstate" }, { headers: admin })
      }
    })
  },
})
