import type { ProductDetail } from "@/lib/catalog/types"
import { formatPriceFrom } from "@/lib/format"
import InfoNoticeTable from "../components/info-notice-table"
import ProductFacts from "../components/product-facts"
import ProductGallery from "../components/product-gallery"
import AddToCart from "../components/add-to-cart"
import WithdrawalNotice from "../components/withdrawal-notice"
import styles from "./product-template.module.css"

export default function ProductTemplate({ product }: { product: ProductDetail }) {
  const price = formatPriceFrom(product.prices)
  const category = product.categories[0]
  return (
    <article className={`container page ${styles.product}`}>
      {category && (
        <nav aria-label="위치" className={styles.crumbs}>
          <a href={`/categories/${category.handle}`}>{category.name}</a>
        </nav>
      )}
      <div className={styles.top}>
        <ProductGallery images={product.images} title={product.title} />
        <div>
          {product.farm && (
            <p className={styles.farm}>
              <a href={`/farms/${product.farm.handle}`}>{product.farm.name}</a>
              {product.farm.town && <span className="muted"> · 서귀포시 {product.farm.town}</span>}
            </p>
          )}
          <h1 className={styles.title}>{product.title}</h1>
          {product.subtitle && <p className="muted">{product.subtitle}</p>}
          <p className={styles.price}>
            {product.soldOut ? <span className={styles.soldOut}>품절</span> : (price ?? "가격 준비 중")}
          </p>
          <ProductFacts product={product} />
          <AddToCart productId={product.id} variants={product.variants} />
        </div>
      </div>
      {product.description && (
        <section aria-labelledby="description-heading" className={styles.description}>
          <h2 id="description-heading">상품 설명</h2>
          <p>{product.description}</p>
        </section>
      )}
      <InfoNoticeTable rows={product.infoNotice} />
      <WithdrawalNotice />
    </article>
  )
}
