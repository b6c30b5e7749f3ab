import { CATEGORIES } from "@/lib/categories"
import PopularSearchLinks from "./popular-search-links"
import styles from "./search.module.css"

/** /search without words: how to search, what others look for, and the categories to browse. */
export default function SearchStart() {
  return (
    <>
      <h1>상품 검색</h1>
      <p className="muted">
        위 검색창에 상품 이름이나 농가 이름을 입력해 보세요. ㅎㄹㅂ처럼 초성만 입력하거나, 한글 자판 그대로 영문으로
        입력해도(gksfkqhd) 찾아 드립니다.
      </p>
      <PopularSearchLinks />
      <section aria-labelledby="search-categories" className={styles.section}>
        <h2 id="search-categories" className={styles.sectionHeading}>
          분류별로 보기
        </h2>
        <ul className={styles.chips}>
          {CATEGORIES.map((category) => (
            <li key={category.handle}>
              <a href={`/categories/${category.handle}`} className={styles.chip}>
                {category.name}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
