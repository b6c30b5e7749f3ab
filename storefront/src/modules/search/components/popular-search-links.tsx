import { searchHref } from "@/lib/search-params"
import { POPULAR_SEARCHES } from "../popular-searches"
import styles from "./search.module.css"

/** The fixed popular searches as links, under a heading. */
export default function PopularSearchLinks({ heading = "인기 검색어" }: { heading?: string }) {
  return (
    <section aria-labelledby="popular-searches" className={styles.section}>
      <h2 id="popular-searches" className={styles.sectionHeading}>
        {heading}
      </h2>
      <ul className={styles.chips}>
        {POPULAR_SEARCHES.map((term) => (
          <li key={term}>
            <a href={searchHref({ q: term })} className={styles.chip}>
              {term}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
