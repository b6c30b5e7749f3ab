import type { Metadata } from "next"
import JoinTemplate from "@/modules/farmer/templates/join-template"

export const metadata: Metadata = { title: "농장 구성원 가입 | 서귀포in", robots: { index: false }, referrer: "no-referrer" }

type Props = { searchParams: Promise<{ token?: string | string[] }> }

export default async function FarmerJoinPage({ searchParams }: Props) {
  const { token } = await searchParams
  const valid = typeof token === "string" && token.length > 0 && token.length <= 512 ? token : null
  return <JoinTemplate token={valid} />
}
