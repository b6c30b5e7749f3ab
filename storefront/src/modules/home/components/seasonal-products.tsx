import { listHomeProducts } from "@/lib/data/listing"
import { inSeasonNow } from "@/lib/listing"
import { monthInKorea } from "@/lib/season"
import ProductGrid from "@/modules/products/components/product-grid"

/** 이달의 제철: goods whose season (metadata season_from/season_to) includes this month in Korea. */
export default async function SeasonalProducts() {
  const products = await listHomeProducts()
  return <ProductGrid products={inSeasonNow(products, monthInKorea(), 8)} emptyText="이달에 제철인 상품을 준비하고 있습니다." />
}
