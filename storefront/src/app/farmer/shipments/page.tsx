import type { Metadata } from "next"
import { canWrite, requirePortal } from "@/lib/data/farmer"
import ShipmentsTemplate from "@/modules/farmer/templates/shipments-template"

export const metadata: Metadata = { title: "송장 일괄 등록 | 서귀포in", robots: { index: false } }

export default async function FarmerShipmentsPage() {
  const { me } = await requirePortal()
  return <ShipmentsTemplate me={me} writable={canWrite(me)} />
}
