import { beforeAll, expect, it } from "vitest"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { QUERY_CASES, queryCaseProblems } from "../../src/lib/korean-search/query-set"
import { BACKEND_DIR, publishableKey, seedCatalog, statusOf, testEnv } from "../helpers"

type Hit = { handle: string; title: string; price: number; matched: string[]; farm: { name: string } | null }

/** Polls until `check` passes: the index follows events asynchronously (after the workflow). */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000) {
  const started = Date.now()
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  env: testEnv,
  testSuite: ({ getContainer, api }) => {
    let headers: Record<string, string>
    const search = async (params: string) => (await api.get(`/store/search?${params}`, { headers })).data

    beforeAll(async () => {
      await seedCatalog(getContainer())
      headers = { "x-publishable-api-key": await publishableKey(getContainer()) }
      // The seed's events may still be in flight: one full rebuild, as `npm run reindex` does.
      await getContainer().resolve(Modules.SEARCH).reindex({ index: "product" })
    })

    it("finds every query of the Korean query set through GET /store/search (embedded provider)", async () => {
      const failures: string[] = []
      for (const c of QUERY_CASES) {
        const data = await search(`q=${encodeURIComponent(c.query)}&limit=50`)
        const problems = queryCaseProblems(c, { handles: data.hits.map((h: Hit) => h.handle), count: data.count })
        if (problems.length) failures.push(`${c.kind} "${c.query}": ${problems.join("; ")}`)
      }
      expect(failures).toEqual([])
    })

    it("returns hits with farm, price and highlights, facet counts with Korean names, filters and sorts", async () => {
      const data = await search("q=%ED%95%9C%EB%9D%BC%EB%B4%89") // 한라봉
      expect(data.count).toBeGreaterThan(0)
      expect(data.hits[0]).toMatchObject({ handle: expect.any(String), price: expect.any(Number), farm: { name: expect.any(String) } })
      expect(data.hits[0].matched).toContain("한라봉")
      expect(data.facets.category.find((f: { value: string }) => f.value === "citrus")).toMatchObject({ label: "감귤·만감류" })
      const cheapFirst = await search("q=%EA%B0%90%EA%B7%A4&sort=price_asc&limit=50") // 감귤
      const prices = cheapFirst.hits.map((h: Hit) => h.price)
      expect(prices).toEqual([...prices].sort((a, b) => a - b))
      const frozen = await search("q=&delivery=frozen&limit=50")
      expect(frozen.count).toBeGreaterThan(0)
      expect(frozen.facets.delivery).toEqual([{ value: "frozen", label: "냉동 택배", count: frozen.count }])
    })

    it("offers a correction and popular items instead of an empty page", async () => {
      const data = await search("q=%EC%98%A5%EB%8F%88") // 옥돈 (typo of 옥돔)
      expect(data.count).toBe(0)
      expect(data.did_you_mean).toBe("옥돔")
      expect(data.popular.length).toBeGreaterThan(0)
    })

    it("suggests products, categories and farms as the shopper types 초성", async () => {
      const { data } = await api.get("/store/search/suggest?q=%E3%85%8E%E3%84%B9%E3%85%82", { headers }) // ㅎㄹㅂ
      expect(data.products[0].title).toContain("한라봉")
      expect(data.categories[0]).toEqual({ handle: "citrus", name: expect.any(String) })
      expect(data.farms.length).toBeGreaterThan(0)
    })

    it("answers bad parameters with a 400 naming them", async () => {
      const cases: [string, RegExp][] = [
        ["/store/search?limit=0", /limit/],
        ["/store/search?sort=best", /sort/],
        ["/store/search?delivery=air", /delivery/],
        ["/store/search?price_min=abc", /price_min/],
        ["/store/search?price_min=5000&price_max=100", /price_min/],
        ["/store/search?farm=Not%20A%20Handle", /farm/],
        ["/store/search?color=red", /color/],
        ["/store/search/suggest?limit=99", /limit/],
      ]
      for (const [url, message] of cases) {
        const result = await statusOf(api.get(url, { headers }))
        expect(result.status, url).toBe(400)
        expect(result.message, url).toMatch(message)
      }
    })

    it("follows a product edit and unpublishing without a reindex", async () => {
      const container = getContainer()
      const before = await search("q=hallabong&limit=5")
      const product = before.hits[0] as Hit & { id: string }
      await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { title: "서귀포 남원 한라봉 특선" } } })
      await eventually(async () => {
        const data = await search(`q=${encodeURIComponent("특선")}`)
        expect(data.hits.map((h: Hit) => h.title)).toContain("서귀포 남원 한라봉 특선")
      })
      await updateProductsWorkflow(container).run({ input: { selector: { id: product.id }, update: { status: "draft" } } })
      await eventually(async () => {
        const data = await search(`q=${encodeURIComponent("특선")}`)
        expect(data.hits.map((h: Hit) => h.handle)).not.toContain(product.handle)
      })
    })
  },
})
