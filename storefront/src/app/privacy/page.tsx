import type { Metadata } from "next"
import PrivacyContent from "@/modules/legal/components/privacy-content"
import LegalTemplate from "@/modules/legal/templates/legal-template"

export const metadata: Metadata = { title: "개인정보처리방침" }

export default function PrivacyPage() {
  return (
    <LegalTemplate title="개인정보처리방침" effective="2026년 1월 1일">
      <PrivacyContent />
    </LegalTemplate>
  )
}
