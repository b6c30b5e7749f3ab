import JoinForm from "../components/join-form"
import styles from "./farmer.module.css"

/** /farmer/join?token=…: the invitation's landing page. */
export default function JoinTemplate({ token }: { token: string | null }) {
  return (
    <div className={styles.page}>
      <header>
        <p className={styles.eyebrow}>서귀포in 농가</p>
        <h1 id="join-title">농장 구성원으로 가입</h1>
        <p className={styles.lead}>농장에서 보낸 초대를 받으셨습니다. 로그인에 쓸 이메일과 비밀번호를 정해 주세요.</p>
      </header>
      {token ? (
        <JoinForm token={token} />
      ) : (
        <p className={styles.alert} role="alert">
          초대 링크가 올바르지 않습니다. 받은 초대 메일의 링크를 다시 눌러 주세요. 초대가 오래되었으면 농장 대표에게 다시 보내 달라고 해 주세요.
        </p>
      )}
    </div>
  )
}
