import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getFarmerMe } from "@/lib/data/farmer"
import DashboardTemplate from "@/modules/farmer/templates/dashboard-template"

export const metadata: Metadata = { title: "내 농장 | 서귀포in", robots: { index: false } }

export default async function FarmerPage() {
  const me = await getFarmerMe()
  if (!me) redirect("/farmer/login")
  return <DashboardTemplate me={me} />
}
