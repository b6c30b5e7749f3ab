import type { Metadata } from "next"
import ForgotPasswordForm from "@/modules/account/components/forgot-password-form"
import styles from "@/modules/farmer/templates/farmer.module.css"

export const metadata: Metadata = { title: "농가 비밀번호 찾기 | 서귀포in", robots: { index: false } }

export default function FarmerForgotPasswordPage() {
  return (
    <div className={styles.page}>
      <header>
        <p className={styles.eyebrow}>서귀포in 농가</p>
        <h1>비밀번호 찾기</h1>
      </header>
      <ForgotPasswordForm actor="farmer" />
    </div>
  )
}
