import styles from "./header-action.module.css"

/** The header's way to the shopper's account (sign-in when signed out: /account decides). */
export default function AccountLink() {
  return (
    <a href="/account" className={styles.link}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className={styles.icon}>
        <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M4 20c1.5-3.5 4.5-5 8-5s6.5 1.5 8 5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span className={styles.text}>내 계정</span>
    </a>
  )
}
