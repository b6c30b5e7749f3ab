import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { categoryName } from "@/lib/categories"
import { getCategoryByHandle } from "@/lib/data/categories"
import { parseListingParams, type SearchParams } from "@/lib/listing-params"
import CategoryTemplate from "@/modules/categories/templates/category-template"

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: categoryName((await params).handle) ?? "상품 분류" }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const category = await getCategoryByHandle((await params).handle)
  if (!category) notFound()
  return <CategoryTemplate category={category} params={parseListingParams(await searchParams)} />
}
