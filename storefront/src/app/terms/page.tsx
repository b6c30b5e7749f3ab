import type { Metadata } from "next"
import TermsContent from "@/modules/legal/components/terms-content"
import LegalTemplate from "@/modules/legal/templates/legal-template"

export const metadata: Metadata = { title: "이용약관" }

export default function TermsPage() {
  return (
    <LegalTemplate title="이용약관" effective="2026년 1월 1일">
      <TermsContent />
    </LegalTemplate>
  )
}
