import type { Metadata } from "next"
import { getFarmerDashboard, requireFarmer } from "@/lib/data/farmer"
import DashboardTemplate from "@/modules/farmer/templates/dashboard-template"

export const metadata: Metadata = { title: "내 농장 | 서귀포in", robots: { index: false } }

export default async function FarmerPage() {
  const { me, token } = await requireFarmer()
  // Orders, stock and sales only once the portal is open (a suspended farm still reads them).
  const open = me.farm.status === "approved" || me.farm.status === "suspended"
  const dashboard = open ? await getFarmerDashboard(token) : null
  return <DashboardTemplate me={me} open={open} dashboard={dashboard} />
}
