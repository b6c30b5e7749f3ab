import { beforeAll, describe, expect, it } from "vitest"
import path from "node:path"
import sharp from "sharp"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BACKEND_DIR, publishableKey, seedCatalog, statusOf, testEnv, UPLOAD_DIR } from "../helpers"
import { adminHeaders, seededFarmLogin, type Headers } from "../farmers"
import { REQUIRED_NOTICE_LABELS } from "../../src/lib/info-notice"

type Variant = { id: string; weight: string; size?: string; use: string; price: number; stock: number }
type Listing = {
  id: string
  handle: string
  title: string
  description: string
  state: string
  review_reason: string | null
  pending_change: Record<string, unknown> | null
  variants: Variant[]
  notice: { label: string; value: string }[]
}
type Review = { id: string; kind: string; product_id: string; product_title: string; farm: { id: string; name: string }; changes: Record<string, unknown> | null }
type StoreProduct = { title: string; variants: { id: string; title: string; calculated_price: { calculated_amount: number }; inventory_quantity?: number }[] }

const FRESH_NOTICE = REQUIRED_NOTICE_LABELS.agricultural.map((label) => ({ label, value: `${label}: 남원 햇살과수원 기재` }))

/** A 레드향 listing (threshold 13.5 °Bx) that is complete enough to go on sale. */
const redhyang = (images: string[], title: string) => ({
  title,
  subtitle: "껍질 얇고 단 레드향",
  description: "남원읍 돌담 과수원에서 키운 레드향입니다. 껍질이 얇고 과즙이 많아요.",
  category: "citrus",
  delivery_type: "normal",
  season: { from: 12, to: 2 },
  gift: false,
  origin: "국산(제주특별자치도 서귀포시 남원읍)",
  images,
  citrus: { variety: "레드향", lots: [{ lot: "1차 수확", brix: 14.2, acidity: 0.9, measured_on: "2026-12-10" }] },
  variants: [
    { weight: "3kg", use: "가정용", price: 33000, stock: 20 },
    { weight: "3kg", use: "선물용", price: 39000, stock: 10 },
  ],
  notice: FRESH_NOTICE,
})

/** A photo as a browser would send it (multipart field `files`). */
function photoForm(files: { bytes: Buffer; name: string; type: string }[]): FormData {
  const form = new FormData()
  for (const f of files) form.append("files", new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name)
  return form
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    let farmer: Headers
    let admin: Headers
    let store: Headers
    let regionId: string
    let photo: string

    const create = (body: object, headers = farmer) => api.post("/farmer/products", body, { headers })
    const read = async (id: string): Promise<Listing> => (await api.get(`/farmer/products/${id}`, { headers: farmer })).data.product
    const queue = async (): Promise<Review[]> => (await api.get("/admin/listing-reviews", { headers: admin })).data.reviews
    const decide = (reviewId: string, body: object) => api.post(`/admin/listing-reviews/${reviewId}/decision`, body, { headers: admin })
    const shopView = async (handle: string): Promise<StoreProduct | undefined> => {
      const { data } = await api.get(`/store/products?handle=${handle}&region_id=${regionId}&fields=*variants.calculated_price,+variants.inventory_quantity`, { headers: store })
      return data.products[0]
    }
    /** A listing put on sale the way a farmer does it: create, submit, the department approves. */
    async function goLive(title: string): Promise<Listing> {
      const { data } = await create(redhyang([photo], title))
      await api.post(`/farmer/products/${data.product.id}/submit`, {}, { headers: farmer })
      const review = (await queue()).find((r) => r.product_id === data.product.id && r.kind === "new")!
      await decide(review.id, { decision: "approve" })
      return read(data.product.id)
    }

    beforeAll(async () => {
      const container = getContainer()
      await seedCatalog(container)
      farmer = (await seededFarmLogin(api, container, "namwon-sunny-orchard", "owner@namwon.example")).headers
      admin = await adminHeaders(api, container)
      store = { "x-publishable-api-key": await publishableKey(container) }
      regionId = (await api.get("/store/regions", { headers: store })).data.regions[0].id
      const png = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#f28c28" } }).png().toBuffer()
      const { data } = await api.post("/farmer/uploads", photoForm([{ bytes: png, name: "귤.png", type: "image/png" }]), { headers: farmer })
      photo = data.uploads[0].url
    })

    it("saves a draft without notice rows; submitting it names the missing labels", async () => {
      const { status, data } = await create({ ...redhyang([photo], "작성 중인 레드향"), notice: [] })
      expect(status).toBe(201)
      expect(data.product).toMatchObject({ state: "draft", title: "작성 중인 레드향", pending_change: null })
      expect(data.product.variants.map((v: Variant) => [v.weight, v.use, v.price, v.stock])).toEqual([
        ["3kg", "가정용", 33000, 20],
        ["3kg", "선물용", 39000, 10],
      ])
      const refused = await statusOf(api.post(`/farmer/products/${data.product.id}/submit`, {}, { headers: farmer }))
      expect(refused.status).toBe(400)
      for (const label of REQUIRED_NOTICE_LABELS.agricultural) expect(refused.message).toContain(label)
      expect((await read(data.product.id)).state).toBe("draft")
      expect(await shopView(data.product.handle)).toBeUndefined()
    })

    it("names each wrong field of a listing in Korean", async () => {
      const bad = await statusOf(create({ ...redhyang([photo], "x"), variants: [{ weight: "", use: "도매", price: 50, stock: -1 }] }))
      expect(bad.status).toBe(400)
      for (const field of ["title", "variants.0.weight", "variants.0.use", "variants.0.price", "variants.0.stock"]) expect(bad.message).toContain(field)
      expect(bad.message).toContain("100원 이상")
      const foreignPhoto = await statusOf(create(redhyang(["https://tracker.example.com/pixel.webp"], "남의 사진")))
      expect(foreignPhoto.status).toBe(400)
      expect(foreignPhoto.message).toContain("images")
      // 남원 햇살과수원 ships only by ordinary parcel.
      const frozen = await statusOf(create({ ...redhyang([photo], "냉동 레드향"), delivery_type: "frozen" }))
      expect(frozen.status).toBe(400)
      expect(frozen.message).toMatch(/^delivery_type: .*냉동/)
    })

    it("refuses citrus whose newest lot is under the variety's Brix or over 1.1% acidity", async () => {
      const listing = redhyang([photo], "당도 미달 레드향")
      const { data } = await create({ ...listing, citrus: { variety: "레드향", lots: [{ lot: "2차", brix: 13.2, acidity: 0.9, measured_on: "2026-12-12" }] } })
      const lowBrix = await statusOf(api.post(`/farmer/products/${data.product.id}/submit`, {}, { headers: farmer }))
      expect(lowBrix.status).toBe(400)
      expect(lowBrix.message).toMatch(/당도 13\.2°Bx.*13\.5°Bx/)

      // A newer lot decides: sweet enough now, but too sour.
      const lots = [
        { lot: "2차", brix: 13.2, acidity: 0.9, measured_on: "2026-12-12" },
        { lot: "3차", brix: 14, acidity: 1.3, measured_on: "2026-12-20" },
      ]
      await api.post(`/farmer/products/${data.product.id}`, { citrus: { variety: "레드향", lots } }, { headers: farmer })
      const sour = await statusOf(api.post(`/farmer/products/${data.product.id}/submit`, {}, { headers: farmer }))
      expect(sour.status).toBe(400)
      expect(sour.message).toMatch(/산도 1\.3%.*1\.1%/)
      expect(sour.message).not.toContain("당도")

      const good = [...lots, { lot: "4차", brix: 14.1, acidity: 1.0, measured_on: "2026-12-28" }]
      await api.post(`/farmer/products/${data.product.id}`, { citrus: { variety: "레드향", lots: good } }, { headers: farmer })
      const submitted = await api.post(`/farmer/products/${data.product.id}/submit`, {}, { headers: farmer })
      expect(submitted.data.product.state).toBe("in_review")
    })

    it("puts a complete listing through review: queue, approval, on sale in the store", async () => {
      const { data } = await create(redhyang([photo], "남원 햇살 레드향"))
      const submitted = await api.post(`/farmer/products/${data.product.id}/submit`, {}, { headers: farmer })
      expect(submitted.data.product.state).toBe("in_review")
      expect(await shopView(data.product.handle)).toBeUndefined()

      const review = (await queue()).find((r) => r.product_id === data.product.id)!
      expect(review).toMatchObject({ kind: "new", product_title: "남원 햇살 레드향", farm: { name: "남원 햇살과수원" } })
      // A farmer cannot decide (Medusa answers /admin with 401); a rejection needs a reason.
      expect((await statusOf(api.post(`/admin/listing-reviews/${review.id}/decision`, { decision: "approve" }, { headers: farmer }))).status).toBe(401)
      const noReason = await statusOf(decide(review.id, { decision: "reject" }))
      expect(noReason.status).toBe(400)
      expect(noReason.message).toContain("reason")

      const approved = await decide(review.id, { decision: "approve" })
      expect(approved.data.review).toMatchObject({ id: review.id, status: "approved" })
      expect((await read(data.product.id)).state).toBe("live")
      expect((await queue()).map((r) => r.id)).not.toContain(review.id)
      const onSale = await shopView(data.product.handle)
      expect(onSale?.title).toBe("남원 햇살 레드향")
      expect(onSale?.variants.map((v) => v.calculated_price.calculated_amount).sort()).toEqual([33000, 39000])
    })

    it("keeps a live listing's price and title until the department approves the change", async () => {
      const live = await goLive("남원 레드향 선물세트")
      const [home, gift] = live.variants
      const edited = await api.post(
        `/farmer/products/${live.id}`,
        { title: "남원 레드향 특품 선물세트", variants: [{ ...home, price: 35000 }, gift] },
        { headers: farmer }
      )
      expect(edited.data.product).toMatchObject({ state: "live", title: "남원 레드향 선물세트" })
      expect(edited.data.product.pending_change).toMatchObject({ title: "남원 레드향 특품 선물세트" })
      let shop = await shopView(live.handle)
      expect(shop?.title).toBe("남원 레드향 선물세트")
      expect(shop?.variants.find((v) => v.id === home.id)?.calculated_price.calculated_amount).toBe(33000)

      const change = (await queue()).find((r) => r.product_id === live.id && r.kind === "change")!
      expect(change.changes).toMatchObject({ title: "남원 레드향 특품 선물세트" })
      await decide(change.id, { decision: "approve" })
      shop = await shopView(live.handle)
      expect(shop?.title).toBe("남원 레드향 특품 선물세트")
      expect(shop?.variants.find((v) => v.id === home.id)?.calculated_price.calculated_amount).toBe(35000)
      expect(shop?.variants.find((v) => v.id === gift.id)?.calculated_price.calculated_amount).toBe(39000)
      expect((await read(live.id)).pending_change).toBeNull()
    })

    it("shows the farmer why a change was rejected, and keeps the live version", async () => {
      const live = await goLive("남원 레드향 가정용")
      await api.post(`/farmer/products/${live.id}`, { description: "세상에서 제일 단 레드향! 당도 20브릭스 보장합니다." }, { headers: farmer })
      const change = (await queue()).find((r) => r.product_id === live.id && r.kind === "change")!
      const reason = "당도 보장 문구는 측정 기록과 맞지 않습니다"
      await decide(change.id, { decision: "reject", reason })
      const after = await read(live.id)
      expect(after).toMatchObject({ state: "live", review_reason: reason, pending_change: null, description: live.description })
      const list = (await api.get("/farmer/products", { headers: farmer })).data.products
      expect(list.find((p: { id: string }) => p.id === live.id)).toMatchObject({ state: "live", review_reason: reason, pending_change: null })
    })

    it("applies stock and quality lots of a live listing at once, still checked", async () => {
      const live = await goLive("남원 레드향 소과")
      const [home] = live.variants
      const { data } = await api.post(`/farmer/products/${live.id}/stock`, { variants: [{ id: home.id, stock: 3 }] }, { headers: farmer })
      expect(data.product.variants.find((v: Variant) => v.id === home.id).stock).toBe(3)
      expect((await shopView(live.handle))?.variants.find((v) => v.id === home.id)?.inventory_quantity).toBe(3)

      const newLot = { lot: "5차", brix: 14.5, acidity: 0.8, measured_on: "2027-01-05" }
      const lots = await api.post(`/farmer/products/${live.id}`, { citrus: { variety: "레드향", lots: [newLot] } }, { headers: farmer })
      expect(lots.data.product.pending_change).toBeNull()
      const low = await statusOf(api.post(`/farmer/products/${live.id}`, { citrus: { variety: "레드향", lots: [newLot, { ...newLot, lot: "6차", brix: 12.9, measured_on: "2027-01-09" }] } }, { headers: farmer }))
      expect(low.status).toBe(400)
      expect(low.message).toContain("13.5°Bx")
      const noRows = await statusOf(api.post(`/farmer/products/${live.id}`, { notice: FRESH_NOTICE.slice(1) }, { headers: farmer }))
      expect(noRows.status).toBe(400)
      expect(noRows.message).toContain(FRESH_NOTICE[0].label)
      expect((await read(live.id)).notice).toHaveLength(FRESH_NOTICE.length)
    })

    /** The product's options and the values it offers, straight from the database. */
    async function optionsOf(productId: string): Promise<Record<string, string[]>> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["options.title", "options.values.value"], filters: { id: productId } })
      const options = (data[0] as { options: { title: string; values: { value: string }[] }[] }).options
      return Object.fromEntries(options.map((o) => [o.title, o.values.map((v) => v.value).sort()]))
    }

    it("rewrites a draft's variants at once: renamed, added, removed, sizes added", async () => {
      const { data } = await create(redhyang([photo], "구성 바꾸는 레드향"))
      const [home] = data.product.variants as Variant[]
      const edited = await api.post(
        `/farmer/products/${data.product.id}`,
        { variants: [{ ...home, weight: "2kg" }, { weight: "5kg", use: "선물용", price: 59000, stock: 7 }] },
        { headers: farmer }
      )
      const variants = edited.data.product.variants as Variant[]
      expect(variants.map((v) => [v.weight, v.use, v.price, v.stock]).sort()).toEqual([
        ["2kg", "가정용", 33000, 20],
        ["5kg", "선물용", 59000, 7],
      ])
      expect(variants.find((v) => v.weight === "2kg")?.id).toBe(home.id)
      expect(await optionsOf(data.product.id)).toEqual({ 중량: ["2kg", "5kg"], 구분: ["가정용", "선물용"] })

      const sized = variants.map((v) => ({ ...v, size: "대과" }))
      const resized = await api.post(`/farmer/products/${data.product.id}`, { variants: sized }, { headers: farmer })
      expect((resized.data.product.variants as Variant[]).map((v) => v.size)).toEqual(["대과", "대과"])
      expect(await optionsOf(data.product.id)).toEqual({ 중량: ["2kg", "5kg"], 크기: ["대과"], 구분: ["가정용", "선물용"] })
    })

    it("approves a change that adds a variant to a seeded listing with other options (중량, 크기)", async () => {
      const list = (await api.get("/farmer/products", { headers: farmer })).data.products as { id: string; handle: string }[]
      const seeded = await read(list.find((p) => p.handle === "nojigamgyul-namwon")!.id)
      expect(seeded.state).toBe("live")
      const before = await shopView(seeded.handle)
      const added = { weight: "3kg", size: "로얄과", use: "선물용", price: 30000, stock: 5 }
      const edited = await api.post(`/farmer/products/${seeded.id}`, { variants: [...seeded.variants, added] }, { headers: farmer })
      expect(edited.data.product.pending_change.variants).toHaveLength(5)
      expect((await shopView(seeded.handle))?.variants).toHaveLength(4)

      const change = (await queue()).find((r) => r.product_id === seeded.id && r.kind === "change")!
      await decide(change.id, { decision: "approve" })
      const after = await shopView(seeded.handle)
      expect(after?.variants).toHaveLength(5)
      const fresh = after!.variants.find((v) => !before!.variants.some((b) => b.id === v.id))!
      expect(fresh).toMatchObject({ title: "3kg / 로얄과 / 선물용", calculated_price: { calculated_amount: 30000 }, inventory_quantity: 5 })
      for (const old of before!.variants) {
        expect(after!.variants.find((v) => v.id === old.id)?.calculated_price.calculated_amount).toBe(old.calculated_price.calculated_amount)
      }
      expect(await optionsOf(seeded.id)).toEqual({ 중량: ["10kg", "3kg", "5kg"], 크기: ["로얄과", "중과"], 구분: ["가정용", "선물용"] })
      const mine = await read(seeded.id)
      expect(mine.variants.find((v) => v.weight === "3kg")).toMatchObject({ size: "로얄과", use: "선물용", price: 30000, stock: 5 })
    })

    describe("photos", () => {
      it("stores a real photo resized to at most 1600 px as WebP, without its metadata", async () => {
        const big = await sharp({ create: { width: 3200, height: 2000, channels: 3, background: "#ffa500" } })
          .jpeg()
          .withExif({ IFD0: { Copyright: "farm-secret-exif" } })
          .toBuffer()
        const png = await sharp({ create: { width: 400, height: 300, channels: 4, background: "#00aa00ff" } }).png().toBuffer()
        const { status, data } = await api.post(
          "/farmer/uploads",
          photoForm([{ bytes: big, name: "big.jpg", type: "image/jpeg" }, { bytes: png, name: "small.png", type: "image/png" }]),
          { headers: farmer }
        )
        expect(status).toBe(201)
        expect(data.uploads).toHaveLength(2)
        const [large, small] = await Promise.all(data.uploads.map((u: { url: string }) => sharp(path.join(UPLOAD_DIR, path.basename(new URL(u.url).pathname))).metadata()))
        expect(large).toMatchObject({ format: "webp", width: 1600, height: 1000 })
        expect(large.exif).toBeUndefined()
        expect(small).toMatchObject({ format: "webp", width: 400, height: 300 })
      })

      it("refuses files that are not JPEG, PNG or WebP photos, naming the file", async () => {
        const fake = await statusOf(api.post("/farmer/uploads", photoForm([{ bytes: Buffer.from("not an image at all"), name: "fake.png", type: "image/png" }]), { headers: farmer }))
        expect(fake.status).toBe(400)
        expect(fake.message).toContain("fake.png")
        const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
        const vector = await statusOf(api.post("/farmer/uploads", photoForm([{ bytes: svg, name: "logo.svg", type: "image/svg+xml" }]), { headers: farmer }))
        expect(vector.status).toBe(400)
        expect(vector.message).toContain("logo.svg")
        // A PNG signature over garbage: passes the first check, fails decoding.
        const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)])
        const undecodable = await statusOf(api.post("/farmer/uploads", photoForm([{ bytes: broken, name: "broken.png", type: "image/png" }]), { headers: farmer }))
        expect(undecodable.status).toBe(400)
        expect(undecodable.message).toContain("broken.png")
        const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(8 * 1024 * 1024)])
        const tooBig = await statusOf(api.post("/farmer/uploads", photoForm([{ bytes: huge, name: "huge.jpg", type: "image/jpeg" }]), { headers: farmer }))
        expect(tooBig.status).toBe(400)
        expect(tooBig.message).toContain("8MB")
      })
    })

    it("lets no member of a suspended farm create a listing (403), and hides other farms' listings (404)", async () => {
      const container = getContainer()
      const wimi = await seededFarmLogin(api, container, "wimi-dongbaek-orchard", "owner@wimi.example")
      const { data } = await create(redhyang([photo], "남원 전용 레드향"))
      expect((await statusOf(api.get(`/farmer/products/${data.product.id}`, { headers: wimi.headers }))).status).toBe(404)
      await api.post(`/admin/farms/${wimi.farmId}/decision`, { decision: "suspend", reason: "품질 민원 확인 중" }, { headers: admin })
      expect((await statusOf(create(redhyang([photo], "정지 중 등록"), wimi.headers))).status).toBe(403)
      expect((await api.get("/farmer/products", { headers: wimi.headers })).status).toBe(200)
    })
  },
})
