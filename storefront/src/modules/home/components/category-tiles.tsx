import { CATEGORIES, type CategoryHandle } from "@/lib/categories"
import styles from "./category-tiles.module.css"

const HINT: Record<CategoryHandle, string> = {
  citrus: "노지감귤·천혜향·레드향",
  produce: "당근·월동무·표고",
  seafood: "옥돔·은갈치·전복",
  livestock: "흑돼지·제주 한우",
  processed: "주스·청·오메기떡",
  tourism: "감귤따기·기념품",
}

/** The six categories as large tiles: two per row on a phone, no images to load. */
export default function CategoryTiles() {
  return (
    <ul className={styles.tiles}>
      {CATEGORIES.map((c) => (
        <li key={c.handle}>
          <a href={`/categories/${c.handle}`} className={`${styles.tile} ${styles[c.handle]}`}>
            <span className={styles.name}>{c.name}</span>
            <span className={styles.hint}>{HINT[c.handle]}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}
