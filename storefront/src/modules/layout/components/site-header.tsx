import Link from "next/link"
import CartCount from "@/modules/cart/components/cart-count"
import CategoryNav from "./category-nav"
import styles from "./site-header.module.css"

export default function SiteHeader() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link href="/" className={styles.logo} aria-label="서귀포in 홈">
          서귀포<span className={styles.logoIn}>in</span>
        </Link>
        <p className={styles.tagline}>서귀포시 농가 직거래 장터</p>
        <CartCount />
      </div>
      <CategoryNav />
    </header>
  )
}
