import type { FarmRef } from "@/lib/catalog/types"
import { formatWon } from "@/lib/format"
import { DELIVERY_FILTER_LABEL, USE_LABEL, hasFilters, listingQuery, type ListingParams } from "@/lib/listing-params"
import styles from "./listing.module.css"

type Props = { base: string; params: ListingParams; farms: FarmRef[] }

/** The filters in force, each a link that removes it. */
export default function ActiveFilters({ base, params, farms }: Props) {
  if (!hasFilters(params)) return null
  const without = (change: Partial<ListingParams>) => `${base}${listingQuery({ ...params, ...change, page: 1 })}`
  const chips: { label: string; href: string }[] = []
  if (params.min !== undefined || params.max !== undefined) {
    const range = `${params.min !== undefined ? formatWon(params.min) : ""}~${params.max !== undefined ? formatWon(params.max) : ""}`
    chips.push({ label: range, href: without({ min: undefined, max: undefined }) })
  }
  if (params.farm) {
    const name = farms.find((f) => f.handle === params.farm)?.name ?? params.farm
    chips.push({ label: name, href: without({ farm: undefined }) })
  }
  if (params.delivery) chips.push({ label: DELIVERY_FILTER_LABEL[params.delivery], href: without({ delivery: undefined }) })
  if (params.use) chips.push({ label: USE_LABEL[params.use], href: without({ use: undefined }) })
  if (params.inSeason) chips.push({ label: "제철만", href: without({ inSeason: false }) })
  return (
    <ul className={styles.chips} aria-label="적용된 필터">
      {chips.map((chip) => (
        <li key={chip.label}>
          <a href={chip.href} className={styles.chip} aria-label={`${chip.label} 필터 해제`}>
            {chip.label} <span aria-hidden="true">×</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
