import { beforeAll, expect, it } from "vitest"
import { existsSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BACKEND_DIR, publishableKey, seedCatalog, testEnv, UPLOAD_DIR } from "../helpers"

const MUST_HAVE = [
  "한라봉", "천혜향", "레드향", "황금향", "노지감귤", "하우스감귤", "카라향", "옥돔", "은갈치", "고등어", "전복",
  "딱새우", "흑돼지 오겹살", "흑돼지 목살", "제주 한우", "감귤 주스", "한라봉 청", "감귤 초콜릿", "오메기떡",
  "우도 땅콩", "녹차", "백년초", "감귤따기 체험",
]

type SeededProduct = {
  handle: string
  title: string
  thumbnail: string | null
  status: string
  categories: { handle: string }[]
  farm: { handle: string; status: string } | null
  variants: { sku: string; prices: { amount: number; currency_code: string }[] }[]
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    beforeAll(async () => {
      await seedCatalog(getContainer())
    })

    it("seeds the Seogwipo catalog: categories, farms, won prices, farm links and images", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: categories } = await query.graph({ entity: "product_category", fields: ["handle"] })
      expect(categories.map((c) => c.handle).sort()).toEqual(["citrus", "livestock", "processed", "produce", "seafood", "tourism"])

      const { data: farms } = await query.graph({ entity: "farm", fields: ["handle", "status", "shipping_profile.id"] })
      expect(farms.length).toBeGreaterThanOrEqual(12)
      for (const farm of farms) expect(farm.shipping_profile?.id, farm.handle).toBeTruthy()

      const { data } = await query.graph({
        entity: "product",
        fields: ["handle", "title", "thumbnail", "status", "categories.handle", "farm.handle", "farm.status", "variants.sku", "variants.prices.amount", "variants.prices.currency_code"],
      })
      const products = data as unknown as SeededProduct[]
      expect(products.length).toBeGreaterThanOrEqual(60)
      for (const category of categories) {
        expect(products.filter((p) => p.categories.some((c) => c.handle === category.handle)).length, category.handle).toBeGreaterThanOrEqual(5)
      }
      for (const p of products) {
        expect(p.handle, p.title).toMatch(/^[a-z0-9-]+$/)
        expect(p.status).toBe("published")
        expect(p.farm?.handle, `${p.handle} farm`).toBeTruthy()
        expect(p.thumbnail, `${p.handle} image`).toMatch(/\/static\/.+\.webp$/)
        const file = path.join(UPLOAD_DIR, path.basename(p.thumbnail ?? ""))
        expect(existsSync(file), `${file} exists`).toBe(true)
        for (const v of p.variants) {
          const krw = v.prices.find((price) => price.currency_code === "krw")
          expect(Number.isInteger(Number(krw?.amount)), `${v.sku} price`).toBe(true)
          expect(Number(krw?.amount)).toBeGreaterThan(0)
        }
      }
      for (const good of MUST_HAVE) {
        expect(products.some((p) => p.title.includes(good)), good).toBe(true)
      }
    })

    it("serves a seeded image over HTTP", async () => {
      const key = await publishableKey(getContainer())
      const { data } = await api.get("/store/products?limit=1&fields=thumbnail", { headers: { "x-publishable-api-key": key } })
      const url: string = data.products[0].thumbnail
      // The URL names the configured BACKEND_URL; the test server listens elsewhere: fetch its path.
      const image = await api.get(new URL(url).pathname, { responseType: "arraybuffer" })
      expect(image.status).toBe(200)
      expect(String(image.headers["content-type"])).toContain("image/webp")
    })

    it("is idempotent: a second seed changes nothing", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const count = async (entity: string) => (await query.graph({ entity, fields: ["id"] })).data.length
      const before = [await count("product"), await count("farm"), await count("shipping_option"), await count("region")]
      await seedCatalog(getContainer())
      const after = [await count("product"), await count("farm"), await count("shipping_option"), await count("region")]
      expect(after).toEqual(before)
    })
  },
})
