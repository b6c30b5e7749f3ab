import FarmerSignInForm from "../components/sign-in-form"
import styles from "./farmer.module.css"

/** /farmer/login: the farmers' own sign-in page. */
export default function LoginTemplate({ notice }: { notice?: string }) {
  return (
    <div className={styles.page}>
      <header>
        <p className={styles.eyebrow}>서귀포in 농가</p>
        <h1 id="login-title">농가 로그인</h1>
        <p className={styles.lead}>입점 신청할 때 적은 이메일과 비밀번호로 들어옵니다.</p>
      </header>
      <FarmerSignInForm notice={notice} />
    </div>
  )
}
