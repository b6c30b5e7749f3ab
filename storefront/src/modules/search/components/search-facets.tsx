import type { DeliveryType } from "@/lib/catalog/types"
import type { SearchResult } from "@/lib/data/search"
import { DELIVERY_TYPES } from "@/lib/listing-params"
import { searchHref, toggle, type SearchQuery } from "@/lib/search-params"
import PriceFilter from "./price-filter"
import styles from "./search.module.css"

type Item = { label: string; count?: number; selected: boolean; href: string }
type Props = { params: SearchQuery; facets: SearchResult["facets"] }

const isDelivery = (value: string): value is DeliveryType => (DELIVERY_TYPES as readonly string[]).includes(value)

/**
 * The facets as links with their counts: a tap adds the filter (or removes it when it is on), and
 * every filter lives in the URL. Counts are the backend's, over the results as filtered now.
 */
export default function SearchFacets({ params, facets }: Props) {
  const at = (change: Partial<SearchQuery>) => searchHref({ ...params, ...change, page: 1 })
  const groups: { name: string; items: Item[] }[] = [
    {
      name: "분류",
      items: facets.category.map((f) => ({
        label: f.label,
        count: f.count,
        selected: params.category.includes(f.value),
        href: at({ category: toggle(params.category, f.value) }),
      })),
    },
    {
      name: "농가",
      items: facets.farm.map((f) => ({
        label: f.label,
        count: f.count,
        selected: params.farm.includes(f.value),
        href: at({ farm: toggle(params.farm, f.value) }),
      })),
    },
    {
      name: "배송",
      items: facets.delivery.filter((f) => isDelivery(f.value)).map((f) => ({
        label: f.label,
        count: f.count,
        selected: params.delivery === f.value,
        href: at({ delivery: params.delivery === f.value ? undefined : (f.value as DeliveryType) }),
      })),
    },
    {
      name: "제철",
      items: [{ label: "지금 제철만", selected: params.inSeason, href: at({ inSeason: !params.inSeason }) }],
    },
  ]
  return (
    <section aria-labelledby="search-filters" className={styles.facets}>
      <h2 id="search-filters" className="visually-hidden">
        검색 필터
      </h2>
      {groups
        .filter((g) => g.items.length > 0)
        .map((group) => (
          <div key={group.name} className={styles.facetGroup}>
            <h3 className={styles.facetName}>{group.name}</h3>
            <ul className={styles.chips}>
              {group.items.map((item) => (
                <li key={item.href}>
                  <a href={item.href} className={styles.chip} data-selected={item.selected || undefined} rel="nofollow">
                    {item.selected && <span aria-hidden="true">✓</span>}
                    {item.label}
                    {item.count !== undefined && <span className={styles.count}>{item.count.toLocaleString("ko-KR")}</span>}
                    {item.selected && <span className="visually-hidden">(선택됨, 누르면 해제)</span>}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      <PriceFilter params={params} />
    </section>
  )
}
