import type { Metadata } from "next"
import ApplyTemplate from "@/modules/farmer/templates/apply-template"

export const metadata: Metadata = {
  title: "농가 입점 신청 | 서귀포in",
  description: "서귀포 농가라면 서귀포in에서 직접 농산물을 팔 수 있습니다. 입점 신청서를 보내 주세요.",
}

export default function FarmerApplyPage() {
  return <ApplyTemplate />
}
