import CartCount from "@/modules/cart/components/cart-count"
import SearchBoxLoader from "@/modules/search/components/search-box-loader"
import SearchForm from "@/modules/search/components/search-form"
import AccountLink from "./account-link"
import CategoryNav from "./category-nav"
import styles from "./site-header.module.css"

export default function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <a href="/" className={styles.logo} aria-label="서귀포in 홈">
          서귀포<span className={styles.logoIn}>in</span>
        </a>
        <p className={styles.tagline}>서귀포시 농가 직거래 장터</p>
        <SearchBoxLoader>
          <SearchForm />
        </SearchBoxLoader>
        <div className={styles.actions}>
          <AccountLink />
          <CartCount />
        </div>
      </div>
      <CategoryNav />
    </header>
  )
}
