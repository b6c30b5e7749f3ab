import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getFarmByHandle } from "@/lib/data/farms"
import FarmTemplate from "@/modules/farms/templates/farm-template"

/** None at build time (there is no backend then): each page is rendered on its first request and
 * cached until a catalog change expires its tags (see lib/data/tags.ts). */
export function generateStaticParams(): { handle: string }[] {
  return []
}

type Props = { params: Promise<{ handle: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const farm = await getFarmByHandle((await params).handle)
  if (!farm) return { title: "농가를 찾을 수 없습니다" }
  return { title: farm.name, description: farm.story.slice(0, 120) }
}

export default async function FarmPage({ params }: Props) {
  const farm = await getFarmByHandle((await params).handle)
  if (!farm) notFound()
  return <FarmTemplate farm={farm} />
}
