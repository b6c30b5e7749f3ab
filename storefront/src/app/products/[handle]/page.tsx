import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getProductByHandle } from "@/lib/data/products"
import ProductTemplate from "@/modules/products/templates/product-template"

/** None at build time (there is no backend then): each page is rendered on its first request and
 * cached until a catalog change expires its tags (see lib/data/tags.ts). */
export function generateStaticParams(): { handle: string }[] {
  return []
}

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await getProductByHandle((await params).handle)
  if (!product) return { title: "상품을 찾을 수 없습니다" }
  return { title: product.title, description: product.subtitle ?? product.description ?? undefined }
}

export default async function ProductPage({ params }: Props) {
  const product = await getProductByHandle((await params).handle)
  if (!product) notFound()
  return <ProductTemplate product={product} />
}
