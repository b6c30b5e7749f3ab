import type { SearchHit } from "@/lib/data/search"
import { DELIVERY_LABEL } from "@/lib/delivery"
import { formatWon } from "@/lib/format"
import CatalogImage from "@/modules/common/components/catalog-image"
import cardStyles from "@/modules/products/components/product-card.module.css"
import HighlightedText from "./highlighted-text"
import styles from "./search.module.css"

type Props = { hit: SearchHit; eager?: boolean }

/**
 * A product found by the search, in the product card's look (products/components/product-card),
 * with the words the query matched marked in the title.
 */
export default function SearchHitCard({ hit, eager = false }: Props) {
  return (
    <a href={`/products/${hit.handle}`} className={cardStyles.card}>
      <CatalogImage
        src={hit.thumbnail}
        alt={hit.title}
        sizes="(min-width: 1080px) 250px, (min-width: 768px) 33vw, 50vw"
        eager={eager}
      />
      <div className={cardStyles.body}>
        {hit.farm && <p className={cardStyles.farm}>{hit.farm.name}</p>}
        <h3 className={`${cardStyles.title} ${styles.hitTitle}`}>
          <HighlightedText text={hit.title} matched={hit.matched} />
        </h3>
        <p className={cardStyles.price}>{hit.price === null ? "가격 준비 중" : formatWon(hit.price)}</p>
        {hit.deliveryType && hit.deliveryType !== "normal" && (
          <p className={styles.delivery}>{DELIVERY_LABEL[hit.deliveryType]}</p>
        )}
        {hit.inSeason && <p className={cardStyles.season}>지금 제철</p>}
      </div>
    </a>
  )
}
