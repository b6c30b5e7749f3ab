import type { Metadata } from "next"
import { parsePage, type SearchParams } from "@/lib/listing-params"
import FarmListTemplate from "@/modules/farms/templates/farm-list-template"

export const metadata: Metadata = {
  title: "농가",
  description: "서귀포in에 입점한 서귀포시 농가와 생산자: 읍·면, 인증, 농가 이야기.",
}

export default async function FarmsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <FarmListTemplate page={parsePage((await searchParams).page)} />
}
