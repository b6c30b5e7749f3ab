import type { Metadata } from "next"
import ResetPasswordForm from "@/modules/account/components/reset-password-form"
import styles from "@/modules/farmer/templates/farmer.module.css"

// The link carries a secret: keep it out of other sites' Referer headers and out of search engines.
export const metadata: Metadata = { title: "농가 비밀번호 재설정 | 서귀포in", robots: { index: false }, referrer: "no-referrer" }

type Props = { searchParams: Promise<{ token?: string | string[]; email?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ""

export default async function FarmerResetPasswordPage({ searchParams }: Props) {
  const params = await searchParams
  const token = first(params.token)
  return (
    <div className={styles.page}>
      <header>
        <p className={styles.eyebrow}>서귀포in 농가</p>
        <h1>비밀번호 재설정</h1>
      </header>
      {token ? (
        <ResetPasswordForm token={token} email={first(params.email)} actor="farmer" />
      ) : (
        <p role="alert">
          재설정 링크가 올바르지 않습니다. 메일의 링크를 다시 열거나 <a href="/farmer/forgot-password">비밀번호 찾기</a>를 다시 요청해 주세요.
        </p>
      )}
    </div>
  )
}
