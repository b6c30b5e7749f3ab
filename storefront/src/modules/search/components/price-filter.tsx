import { formatWon } from "@/lib/format"
import type { SearchQuery } from "@/lib/search-params"
import styles from "./search.module.css"

/** The price range as a plain GET form (no script): the other filters ride along as hidden fields. */
export default function PriceFilter({ params }: { params: SearchQuery }) {
  const range =
    params.min !== undefined || params.max !== undefined
      ? `${params.min !== undefined ? formatWon(params.min) : ""}~${params.max !== undefined ? formatWon(params.max) : ""}`
      : null
  return (
    <details className={styles.priceFilter}>
      <summary className={styles.priceSummary}>가격{range ? `: ${range}` : ""}</summary>
      <form method="get" action="/search" className={styles.priceForm}>
        <input type="hidden" name="q" value={params.q} />
        {params.category.map((c) => (
          <input key={`c-${c}`} type="hidden" name="category" value={c} />
        ))}
        {params.farm.map((f) => (
          <input key={`f-${f}`} type="hidden" name="farm" value={f} />
        ))}
        {params.delivery && <input type="hidden" name="delivery" value={params.delivery} />}
        {params.inSeason && <input type="hidden" name="season" value="now" />}
        {params.sort !== "relevance" && <input type="hidden" name="sort" value={params.sort} />}
        <label>
          <span className="visually-hidden">최저 가격 (원)</span>
          <input name="min" type="number" inputMode="numeric" min={0} step={1000} placeholder="최저 (원)" defaultValue={params.min} />
        </label>
        <span aria-hidden="true">~</span>
        <label>
          <span className="visually-hidden">최고 가격 (원)</span>
          <input name="max" type="number" inputMode="numeric" min={0} step={1000} placeholder="최고 (원)" defaultValue={params.max} />
        </label>
        <button type="submit" className={styles.apply}>
          적용
        </button>
      </form>
    </details>
  )
}
