import type { Metadata } from "next"
import ForgotPasswordForm from "@/modules/account/components/forgot-password-form"
import styles from "@/modules/account/templates/account.module.css"

export const metadata: Metadata = { title: "비밀번호 찾기 | 서귀포in", robots: { index: false } }

export default function ForgotPasswordPage() {
  return (
    <div className={styles.page}>
      <h1>비밀번호 찾기</h1>
      <ForgotPasswordForm />
    </div>
  )
}
