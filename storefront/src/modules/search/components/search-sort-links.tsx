import { SEARCH_SORTS, SEARCH_SORT_LABEL, searchHref, type SearchQuery } from "@/lib/search-params"
import listing from "@/modules/categories/components/listing.module.css"

/** The four sorts as links (as on a category page): one tap, no script, the sort stays in the URL. */
export default function SearchSortLinks({ params }: { params: SearchQuery }) {
  return (
    <nav aria-label="정렬">
      <ul className={listing.sorts}>
        {SEARCH_SORTS.map((sort) => (
          <li key={sort}>
            <a
              href={searchHref({ ...params, sort, page: 1 })}
              className={listing.sort}
              aria-current={params.sort === sort ? "true" : undefined}
            >
              {SEARCH_SORT_LABEL[sort]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
