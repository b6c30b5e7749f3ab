import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getFarmerMe } from "@/lib/data/farmer"
import { readFarmerToken } from "@/lib/data/farmer-cookie"
import LoginTemplate from "@/modules/farmer/templates/login-template"

export const metadata: Metadata = { title: "농가 로그인 | 서귀포in", robots: { index: false } }

type Props = { searchParams: Promise<{ applied?: string | string[]; joined?: string | string[]; reset?: string | string[] }> }

export default async function FarmerLoginPage({ searchParams }: Props) {
  // Signed in already (and the backend still takes the token): straight to the farm's page. A backend
  // that cannot be reached just shows the form.
  const me = (await readFarmerToken()) ? await getFarmerMe().catch(() => null) : null
  if (me) redirect("/farmer")
  const { applied, joined, reset } = await searchParams
  const notice =
    applied === "1"
      ? "입점 신청서를 받았습니다. 이메일과 비밀번호로 로그인해 주세요."
      : joined === "1"
        ? "농장 구성원으로 가입했습니다. 이메일과 비밀번호로 로그인해 주세요."
        : reset === "done"
          ? "비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요."
          : undefined
  return <LoginTemplate notice={notice} />
}
