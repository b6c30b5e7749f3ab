import type { Metadata } from "next"
import SignInForm from "@/modules/account/components/sign-in-form"
import styles from "@/modules/account/templates/account.module.css"

export const metadata: Metadata = { title: "로그인 | 서귀포in" }

type Props = { searchParams: Promise<{ reset?: string; email?: string | string[] }> }

export default async function LoginPage({ searchParams }: Props) {
  const { reset, email } = await searchParams
  return (
    <div className={styles.page}>
      <h1>로그인</h1>
      <SignInForm
        email={typeof email === "string" ? email : undefined}
        notice={reset === "done" ? "비밀번호를 바꿨습니다. 새 비밀번호로 로그인해 주세요." : undefined}
      />
    </div>
  )
}
