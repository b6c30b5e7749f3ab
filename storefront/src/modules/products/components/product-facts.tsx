import type { ProductDetail } from "@/lib/catalog/types"
import { DELIVERY_LABEL } from "@/lib/delivery"
import { seasonText } from "@/lib/season"
import styles from "./product-facts.module.css"

/** Origin, harvest season, delivery and (for citrus) the measured sugar and acidity. */
export default function ProductFacts({ product }: { product: ProductDetail }) {
  const rows: [string, string][] = [
    ["원산지", product.origin ?? "상품정보제공고시 참고"],
    ["수확·판매 시기", seasonText(product.season)],
  ]
  if (product.deliveryType) rows.push(["배송", DELIVERY_LABEL[product.deliveryType]])
  if (product.quality) {
    rows.push(["당도·산도", `${product.quality.brix} °Bx · 산도 ${product.quality.acidity}%`])
  }
  if (product.gift) rows.push(["선물", "선물용 포장 상품"])
  return (
    <dl className={styles.facts}>
      {rows.map(([term, value]) => (
        <div key={term} className={styles.row}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
