import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { canWrite, requirePortal } from "@/lib/data/farmer"
import { emptyListingValues } from "@/lib/farmer-api/listing-form"
import ProductEditTemplate from "@/modules/farmer/templates/product-edit-template"

export const metadata: Metadata = { title: "상품 등록 | 서귀포in", robots: { index: false } }

export default async function NewFarmerProductPage() {
  const { me } = await requirePortal()
  if (!canWrite(me)) redirect("/farmer/products")
  return <ProductEditTemplate me={me} values={emptyListingValues()} listing={null} writable />
}
