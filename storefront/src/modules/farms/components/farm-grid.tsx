import type { Farm } from "@/lib/catalog/types"
import FarmCard from "./farm-card"
import styles from "./farm-grid.module.css"

/** One column on a phone, two on a tablet, three or four on a desktop. */
export default function FarmGrid({ farms, wide = false }: { farms: Farm[]; wide?: boolean }) {
  return (
    <ul className={`${styles.grid} ${wide ? styles.wide : ""}`}>
      {farms.map((farm) => (
        <li key={farm.id}>
          <FarmCard farm={farm} />
        </li>
      ))}
    </ul>
  )
}
