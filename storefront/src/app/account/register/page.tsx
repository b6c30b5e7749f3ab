import type { Metadata } from "next"
import SignUpForm from "@/modules/account/components/sign-up-form"
import styles from "@/modules/account/templates/account.module.css"

export const metadata: Metadata = { title: "회원가입 | 서귀포in" }

export default function RegisterPage() {
  return (
    <div className={styles.page}>
      <h1>회원가입</h1>
      <SignUpForm />
    </div>
  )
}
