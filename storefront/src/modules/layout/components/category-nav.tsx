import { CATEGORIES } from "@/lib/categories"
import styles from "./site-header.module.css"

/** The six categories; scrolls sideways on a narrow phone, no script needed. */
export default function CategoryNav() {
  return (
    <nav aria-label="상품 분류" className={styles.nav}>
      <ul className={`container ${styles.navList}`}>
        {CATEGORIES.map((category) => (
          <li key={category.handle}>
            <a href={`/categories/${category.handle}`} className={styles.navLink}>
              {category.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
