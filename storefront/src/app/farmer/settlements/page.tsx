import type { Metadata } from "next"
import { farmerRead, requirePortal } from "@/lib/data/farmer"
import SettlementsTemplate from "@/modules/farmer/templates/settlements-template"

export const metadata: Metadata = { title: "정산 | 서귀포in", robots: { index: false } }

export default async function FarmerSettlementsPage() {
  const { me, token } = await requirePortal()
  const statements = await farmerRead(token, (api, t) => api.settlements(t))
  return <SettlementsTemplate me={me} statements={statements} />
}
