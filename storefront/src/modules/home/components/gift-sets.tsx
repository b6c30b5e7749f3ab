import { listHomeProducts } from "@/lib/data/listing"
import ProductGrid from "@/modules/products/components/product-grid"

/** Gift sets (metadata.gift), in stock first, in catalog order. */
export default async function GiftSets() {
  const gifts = (await listHomeProducts())
    .filter((p) => p.gift)
    .sort((a, b) => Number(a.soldOut) - Number(b.soldOut))
    .slice(0, 8)
  return <ProductGrid products={gifts} emptyText="선물세트를 준비하고 있습니다." />
}
