import { searchProducts, type SearchResult } from "@/lib/data/search"
import { SEARCH_PAGE_SIZE, searchHref, type SearchQuery } from "@/lib/search-params"
import Pagination from "@/modules/common/components/pagination"
import listing from "@/modules/categories/components/listing.module.css"
import { particleRo } from "../components/korean-particle"
import NoResults from "../components/no-results"
import PopularSearchLinks from "../components/popular-search-links"
import SearchActiveFilters from "../components/search-active-filters"
import SearchFacets from "../components/search-facets"
import SearchHitGrid from "../components/search-hit-grid"
import SearchSortLinks from "../components/search-sort-links"
import SearchStart from "../components/search-start"
import styles from "../components/search.module.css"

type Props = { params: SearchQuery }

/**
 * /search: the results for the words in the URL, with facets, sorts and pages as links. Without
 * words, a page that helps to start; with no match, other ways and other goods, never a blank page.
 */
export default async function SearchTemplate({ params }: Props) {
  if (!params.q) {
    return (
      <div className="container page">
        <SearchStart />
      </div>
    )
  }
  const found = await searchPage(params)
  if (!found.ok) {
    return (
      <div className="container page">
        <h1>검색 조건을 확인해 주세요</h1>
        <p className="muted">검색 조건 중 처리할 수 없는 값이 있습니다. ({found.message})</p>
        <p>
          <a href={searchHref({ q: params.q })}>{`'${params.q}' 다시 검색하기`}</a>
        </p>
        <PopularSearchLinks />
      </div>
    )
  }
  const { result, page } = found
  const pageCount = Math.max(1, Math.ceil(result.count / SEARCH_PAGE_SIZE))
  const current = { ...params, page }
  const suggestion = result.didYouMean && result.didYouMean !== params.q ? result.didYouMean : null
  return (
    <div className="container page">
      <h1 className={styles.heading}>
        {`'${params.q}' 검색 결과 `}
        <span className={styles.total}>{result.count.toLocaleString("ko-KR")}개</span>
      </h1>
      {suggestion && (
        <p className={styles.didYouMean}>
          <a href={searchHref({ q: suggestion, sort: params.sort })}>{`'${suggestion}'${particleRo(suggestion)} 검색할까요?`}</a>
        </p>
      )}
      <SearchActiveFilters params={current} facets={result.facets} />
      {result.count === 0 ? (
        <NoResults params={current} result={result} />
      ) : (
        <>
          <SearchFacets params={current} facets={result.facets} />
          <div className={listing.toolbar}>
            <p className={listing.count}>{pageCount > 1 ? `${page}/${pageCount} 페이지` : ""}</p>
            <SearchSortLinks params={current} />
          </div>
          <h2 className="visually-hidden">검색된 상품</h2>
          <SearchHitGrid hits={result.hits} />
          <Pagination page={page} pageCount={pageCount} hrefFor={(p) => searchHref({ ...current, page: p })} />
        </>
      )}
    </div>
  )
}

type Page = { ok: true; result: SearchResult; page: number } | { ok: false; message: string }

/** The page asked for; past the last page (an old link, fewer results now), the last page instead. */
async function searchPage(params: SearchQuery): Promise<Page> {
  const outcome = await searchProducts(params)
  if (!outcome.ok) return outcome
  const last = Math.max(1, Math.ceil(outcome.result.count / SEARCH_PAGE_SIZE))
  if (params.page <= last || outcome.result.count === 0) return { ok: true, result: outcome.result, page: params.page }
  const again = await searchProducts({ ...params, page: last })
  return again.ok ? { ok: true, result: again.result, page: last } : again
}
