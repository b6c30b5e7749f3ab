import type { SearchResult } from "@/lib/data/search"
import { hasSearchFilters, searchHref, type SearchQuery } from "@/lib/search-params"
import PopularSearchLinks from "./popular-search-links"
import SearchHitGrid from "./search-hit-grid"
import styles from "./search.module.css"

type Props = { params: SearchQuery; result: SearchResult }

/** Nothing matched: never a blank page. Ways out first (fewer filters, tips), then goods to look at. */
export default function NoResults({ params, result }: Props) {
  const filtered = hasSearchFilters(params)
  return (
    <>
      <div className={styles.noResults}>
        <p>
          <strong>{`'${params.q}'`}</strong>
          {filtered ? "에 맞는 상품이 선택한 조건 안에 없습니다." : "에 맞는 상품을 찾지 못했습니다."}
        </p>
        <ul className={styles.tips}>
          {filtered && (
            <li>
              <a href={searchHref({ q: params.q, sort: params.sort })}>필터를 모두 해제하고 다시 찾기</a>
            </li>
          )}
          <li>맞춤법을 확인하거나 더 짧은 단어로 찾아 보세요. (예: 한라봉 선물세트 → 한라봉)</li>
          <li>초성(ㅎㄹㅂ)이나 농가 이름으로도 찾을 수 있습니다.</li>
        </ul>
      </div>
      <PopularSearchLinks heading="이런 검색어는 어떠세요?" />
      {result.popular.length > 0 && (
        <section aria-labelledby="search-popular-items" className={styles.section}>
          <h2 id="search-popular-items" className={styles.sectionHeading}>
            지금 많이 찾는 상품
          </h2>
          <SearchHitGrid hits={result.popular} eager={false} />
        </section>
      )}
    </>
  )
}
