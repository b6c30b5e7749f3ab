import type { Metadata } from "next"
import SignInForm from "@/modules/account/components/sign-in-form"
import styles from "@/modules/account/templates/account.module.css"

export const metadata: Metadata = { title: "로그인 | 서귀포in" }

export default function LoginPage() {
  return (
    <div className={styles.page}>
      <h1>로그인</h1>
      <SignInForm />
    </div>
  )
}
