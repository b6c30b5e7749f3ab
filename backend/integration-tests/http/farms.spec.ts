import { beforeAll, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BACKEND_DIR, publishableKey, seedCatalog, statusOf, testEnv } from "../helpers"



medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    let headers: Record<string, string>
    beforeAll(async () => {
      await seedCatalog(getContainer())
      headers = { "x-publishable-api-key": await publishableKey(getContainer()) }
    })

    it("lists approved farms with count and pagination", async () => {
      const { data } = await api.get("/store/farms?limit=5", { headers })
      expect(data.count).toBeGreaterThanOrEqual(12)
      expect(data.farms).toHaveLength(5)
      expect(data.farms[0]).toMatchObject({ handle: expect.any(String), name: expect.any(String), town: expect.stringMatching(/[읍면동]$/) })
      expect(Array.isArray(data.farms[0].certifications)).toBe(true)
      const next = await api.get("/store/farms?limit=5&offset=5", { headers })
      expect(next.data.farms[0].handle).not.toBe(data.farms[0].handle)
    })

    it("returns one farm with its published products", async () => {
      const { data: list } = await api.get("/store/farms?limit=1", { headers })
      const { data } = await api.get(`/store/farms/${list.farms[0].handle}`, { headers })
      expect(data.farm.handle).toBe(list.farms[0].handle)
      expect(data.farm.products.length).toBeGreaterThan(0)
      expect(data.farm.products[0]).toMatchObject({ handle: expect.any(String), title: expect.any(String) })
      expect(data.farm).not.toHaveProperty("members")
      // The storefront ties a farm's parcel to its delivery options by this profile.
      expect(data.farm.shipping_profile_id).toMatch(/^sp_/)
    })

    it("answers bad input with a 4xx naming the problem", async () => {
      const cases: [string, number, RegExp][] = [
        ["/store/farms?limit=0", 400, /limit/],
        ["/store/farms?limit=abc", 400, /limit/],
        ["/store/farms?offset=-1", 400, /offset/],
        ["/store/farms?color=red", 400, /color/],
        ["/store/farms/Not%20A%20Handle", 400, /handle/],
        ["/store/farms/no-such-farm", 404, /no-such-farm/],
      ]
      for (const [url, status, message] of cases) {
        const result = await statusOf(api.get(url, { headers }))
        expect(result.status, url).toBe(status)
        expect(result.message, url).toMatch(message)
      }
      const noKey = await statusOf(api.get("/store/farms"))
      expect(noKey.status).toBe(400)
    })
  },
})
