import type { Metadata } from "next"
import { canWrite, farmerRead, requirePortal } from "@/lib/data/farmer"
import ProductsTemplate from "@/modules/farmer/templates/products-template"

export const metadata: Metadata = { title: "내 상품 | 서귀포in", robots: { index: false } }

export default async function FarmerProductsPage() {
  const { me, token } = await requirePortal()
  const products = await farmerRead(token, (api, t) => api.products(t))
  return <ProductsTemplate me={me} products={products} writable={canWrite(me)} />
}
