import type { Metadata } from "next"
import type { SearchParams } from "@/lib/listing-params"
import { parseSearchParams } from "@/lib/search-params"
import SearchTemplate from "@/modules/search/templates/search-template"

type Props = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams)
  return {
    title: q ? `'${q}' 검색 결과` : "상품 검색",
    // Result pages are endless combinations of words and filters: followed, not indexed.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  return <SearchTemplate params={parseSearchParams(await searchParams)} />
}
