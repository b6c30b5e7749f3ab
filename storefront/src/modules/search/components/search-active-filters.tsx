import { categoryName } from "@/lib/categories"
import type { SearchResult } from "@/lib/data/search"
import { formatWon } from "@/lib/format"
import { DELIVERY_FILTER_LABEL } from "@/lib/listing-params"
import { hasSearchFilters, searchHref, type SearchQuery } from "@/lib/search-params"
import styles from "./search.module.css"

type Props = { params: SearchQuery; facets: SearchResult["facets"] }

/** The filters in force, each a link that removes it, and one that removes them all. */
export default function SearchActiveFilters({ params, facets }: Props) {
  if (!hasSearchFilters(params)) return null
  const without = (change: Partial<SearchQuery>) => searchHref({ ...params, ...change, page: 1 })
  const labelOf = (list: SearchResult["facets"]["farm"], value: string) => list.find((f) => f.value === value)?.label
  const chips: { label: string; href: string }[] = [
    ...params.category.map((c) => ({
      label: labelOf(facets.category, c) ?? categoryName(c) ?? c,
      href: without({ category: params.category.filter((x) => x !== c) }),
    })),
    ...params.farm.map((f) => ({ label: labelOf(facets.farm, f) ?? f, href: without({ farm: params.farm.filter((x) => x !== f) }) })),
  ]
  if (params.delivery) chips.push({ label: DELIVERY_FILTER_LABEL[params.delivery], href: without({ delivery: undefined }) })
  if (params.min !== undefined || params.max !== undefined) {
    const range = `${params.min !== undefined ? formatWon(params.min) : ""}~${params.max !== undefined ? formatWon(params.max) : ""}`
    chips.push({ label: range, href: without({ min: undefined, max: undefined }) })
  }
  if (params.inSeason) chips.push({ label: "지금 제철만", href: without({ inSeason: false }) })
  return (
    <ul className={styles.chips} aria-label="적용된 필터">
      {chips.map((chip) => (
        <li key={chip.href}>
          <a href={chip.href} className={`${styles.chip} ${styles.activeChip}`} aria-label={`${chip.label} 필터 해제`} rel="nofollow">
            {chip.label} <span aria-hidden="true">×</span>
          </a>
        </li>
      ))}
      <li>
        <a href={searchHref({ q: params.q, sort: params.sort })} className={styles.clearAll} rel="nofollow">
          필터 모두 해제
        </a>
      </li>
    </ul>
  )
}
