import type { Metadata } from "next"
import { canWrite, farmerRead, requirePortal } from "@/lib/data/farmer"
import MembersTemplate from "@/modules/farmer/templates/members-template"

export const metadata: Metadata = { title: "구성원 | 서귀포in", robots: { index: false } }

type Props = { searchParams: Promise<{ invited?: string | string[] }> }

export default async function FarmerMembersPage({ searchParams }: Props) {
  const { invited } = await searchParams
  const { me, token } = await requirePortal()
  const members = await farmerRead(token, (api, t) => api.members(t))
  const canInvite = canWrite(me) && me.member.role === "owner"
  return <MembersTemplate me={me} members={members} canInvite={canInvite} invited={typeof invited === "string" && invited.length <= 200 ? invited : undefined} />
}
