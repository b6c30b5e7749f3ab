import type { FarmRef } from "@/lib/catalog/types"
import {
  DELIVERY_FILTER_LABEL,
  DELIVERY_TYPES,
  USES,
  USE_LABEL,
  hasFilters,
  type ListingParams,
} from "@/lib/listing-params"
import CleanGetForm from "./clean-get-form"
import styles from "./listing.module.css"

type Props = { action: string; params: ListingParams; farms: FarmRef[] }

/**
 * The filters as a plain GET form: it works without JavaScript and puts every choice in the URL.
 * Folded on a phone; the summary says how many filters are on.
 */
export default function ListingFilters({ action, params, farms }: Props) {
  const active = hasFilters(params)
  return (
    <details className={styles.filters}>
      <summary className={styles.summary}>필터{active ? " (적용 중)" : ""}</summary>
      <CleanGetForm action={action} className={styles.form}>
        {params.sort !== "popular" && <input type="hidden" name="sort" value={params.sort} />}
        <fieldset className={styles.group}>
          <legend>가격 (원)</legend>
          <div className={styles.range}>
            <label>
              <span className="visually-hidden">최저 가격</span>
              <input name="min" type="number" inputMode="numeric" min={0} placeholder="최저" defaultValue={params.min} />
            </label>
            <span aria-hidden="true">~</span>
            <label>
              <span className="visually-hidden">최고 가격</span>
              <input name="max" type="number" inputMode="numeric" min={0} placeholder="최고" defaultValue={params.max} />
            </label>
          </div>
        </fieldset>
        <label className={styles.group}>
          <span className={styles.legend}>농가</span>
          <select name="farm" defaultValue={params.farm ?? ""}>
            <option value="">모든 농가</option>
            {farms.map((f) => (
              <option key={f.id} value={f.handle}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <RadioGroup legend="배송" name="delivery" value={params.delivery} options={DELIVERY_TYPES.map((d) => [d, DELIVERY_FILTER_LABEL[d]])} />
        <RadioGroup legend="용도" name="use" value={params.use} options={USES.map((u) => [u, USE_LABEL[u]])} />
        <label className={styles.check}>
          <input type="checkbox" name="season" value="now" defaultChecked={params.inSeason} /> 지금 제철인 상품만
        </label>
        <div className={styles.actions}>
          <button type="submit" className={styles.apply}>
            적용하기
          </button>
          <a href={params.sort === "popular" ? action : `${action}?sort=${params.sort}`} className={styles.reset}>
            초기화
          </a>
        </div>
      </CleanGetForm>
    </details>
  )
}

type RadioProps = { legend: string; name: string; value: string | undefined; options: [string, string][] }

function RadioGroup({ legend, name, value, options }: RadioProps) {
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      <div className={styles.radios}>
        {[["", "전체"] as [string, string], ...options].map(([v, label]) => (
          <label key={v || "all"} className={styles.radio}>
            <input type="radio" name={name} value={v} defaultChecked={(value ?? "") === v} /> {label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
