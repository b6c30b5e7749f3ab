import type { ProductSummary } from "@/lib/catalog/types"
import { formatPriceFrom } from "@/lib/format"
import { isInSeason } from "@/lib/season"
import CatalogImage from "@/modules/common/components/catalog-image"
import styles from "./product-card.module.css"

type Props = { product: ProductSummary; month: number; eager?: boolean }

export default function ProductCard({ product, month, eager = false }: Props) {
  const price = formatPriceFrom(product.prices)
  const inSeason = product.season !== null && isInSeason(product.season, month)
  return (
    <a href={`/products/${product.handle}`} className={styles.card}>
      <CatalogImage
        src={product.thumbnail}
        alt={product.title}
        sizes="(min-width: 1080px) 250px, (min-width: 768px) 33vw, 50vw"
        eager={eager}
      />
      <div className={styles.body}>
        {product.farm && <p className={styles.farm}>{product.farm.name}</p>}
        <h3 className={styles.title}>{product.title}</h3>
        <p className={styles.price}>
          {product.soldOut ? <span className={styles.soldOut}>품절</span> : (price ?? "가격 준비 중")}
        </p>
        {inSeason && <p className={styles.season}>지금 제철</p>}
      </div>
    </a>
  )
}
