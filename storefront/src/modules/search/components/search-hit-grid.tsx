import type { SearchHit } from "@/lib/data/search"
import gridStyles from "@/modules/products/components/product-grid.module.css"
import SearchHitCard from "./search-hit-card"

/** Found products in the product grid (two columns on a phone, three on a tablet, four on a desktop). */
export default function SearchHitGrid({ hits, eager = true }: { hits: SearchHit[]; eager?: boolean }) {
  return (
    <ul className={gridStyles.grid}>
      {hits.map((hit, i) => (
        <li key={hit.id}>
          <SearchHitCard hit={hit} eager={eager && i < 2} />
        </li>
      ))}
    </ul>
  )
}
