import type { Metadata } from "next"
import { canWrite, farmerRead, requirePortal } from "@/lib/data/farmer"
import { listingValues } from "@/lib/farmer-api/listing-form"
import ProductEditTemplate from "@/modules/farmer/templates/product-edit-template"

export const metadata: Metadata = { title: "상품 고치기 | 서귀포in", robots: { index: false } }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> }

export default async function FarmerProductPage({ params, searchParams }: Props) {
  const [{ id }, { done }] = await Promise.all([params, searchParams])
  const { me, token } = await requirePortal()
  const listing = await farmerRead(token, (api, t) => api.product(t, id))
  return <ProductEditTemplate me={me} values={listingValues(listing)} listing={listing} writable={canWrite(me)} done={typeof done === "string" ? done : undefined} />
}
