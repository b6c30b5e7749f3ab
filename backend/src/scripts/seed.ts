import type { ExecArgs } from "@medusajs/framework/types"
import { loadCatalog } from "./seed/load-catalog"
import { setUpStore } from "./seed/store-setup"
import { seedCategories, seedTaxTypes } from "./seed/categories"
import { seedFarms } from "./seed/farms"
import { seedProducts } from "./seed/products"

/**
 * `medusa exec ./src/scripts/seed.ts`: the 서귀포in catalog from ../seed. Idempotent: every part
 * is looked up first and only what is missing is created, so a second run changes nothing.
 */
export default async function seed({ container }: ExecArgs) {
  const started = Date.now()
  const catalog = loadCatalog()
  console.log(`서귀포in 카탈로그: 농가 ${catalog.farms.length}곳, 상품 ${catalog.products.length}개 (${catalog.dir})`)
  const store = await setUpStore(container, catalog.store)
  console.log("  스토어·지역·판매채널·재고위치 준비됨")
  const categoryIds = await seedCategories(container, catalog.categories)
  const taxTypes = await seedTaxTypes(container)
  const farms = await seedFarms(container, catalog.farms, store.serviceZoneId)
  const result = await seedProducts(container, catalog.products, {
    seedDir: catalog.dir,
    salesChannelId: store.salesChannelId,
    stockLocationId: store.stockLocationId,
    categoryIds,
    farms,
    taxTypes,
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`시드 완료: 상품 ${result.created}개 생성, ${result.skipped}개는 이미 있음 (${seconds}s)`)
}
