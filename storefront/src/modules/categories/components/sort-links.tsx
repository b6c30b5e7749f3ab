import { SORTS, SORT_LABEL, listingQuery, type ListingParams } from "@/lib/listing-params"
import styles from "./listing.module.css"

/** The four sorts as links: one tap, no script, and the sort stays in the URL. */
export default function SortLinks({ base, params }: { base: string; params: ListingParams }) {
  return (
    <nav aria-label="정렬">
      <ul className={styles.sorts}>
        {SORTS.map((sort) => (
          <li key={sort}>
            <a
              href={`${base}${listingQuery({ ...params, sort, page: 1 })}`}
              className={styles.sort}
              aria-current={params.sort === sort ? "true" : undefined}
             
            >
              {SORT_LABEL[sort]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
