import type { FarmerMe } from "@/lib/farmer-api"
import type { ListingSummary } from "@/lib/farmer-api/schemas"
import { categoryName } from "@/lib/categories"
import { formatWon } from "@/lib/format"
import ListingBadge from "../components/listing-badge"
import PortalPage from "../components/portal-page"
import styles from "./portal.module.css"

type Props = { me: FarmerMe; products: ListingSummary[]; writable: boolean }

/** /farmer/products: every listing with its review state in one word, newest changes first. */
export default function ProductsTemplate({ me, products, writable }: Props) {
  return (
    <PortalPage me={me} section="products" title="내 상품" lead="상품을 누르면 내용과 재고를 고칠 수 있습니다.">
      {writable && (
        <p>
          <a className={styles.button} href="/farmer/products/new">
            + 상품 등록
          </a>
        </p>
      )}
      {products.length === 0 ? (
        <p>아직 올린 상품이 없습니다.{writable ? " '상품 등록'을 눌러 첫 상품을 올려 보세요." : ""}</p>
      ) : (
        <ul className={styles.list}>
          {products.map((p) => (
            <li key={p.id} className={`${styles.card} ${styles.product}`}>
              {p.thumbnail ? (
                // eslint-disable-next-line @next/next/no-img-element -- the farm's own small picture, as uploaded
                <img className={styles.thumb} src={p.thumbnail} alt="" loading="lazy" />
              ) : (
                <span className={styles.thumb} aria-hidden="true" />
              )}
              <div className={styles.facts}>
                <h2>
                  <a className={styles.tap} href={`/farmer/products/${encodeURIComponent(p.id)}`}>
                    {p.title || "(이름 없음)"}
                  </a>
                </h2>
                <p>
                  <ListingBadge state={p.state} pendingChange={p.pending_change} />{" "}
                  <span className={styles.muted}>{categoryName(p.category) ?? ""}</span>
                </p>
                {p.state === "rejected" && p.review_reason && <p className={styles.late}>반려 사유: {p.review_reason}</p>}
                <VariantLine variants={p.variants ?? []} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </PortalPage>
  )
}

function VariantLine({ variants }: { variants: NonNullable<ListingSummary["variants"]> }) {
  if (variants.length === 0) return null
  return (
    <ul className={styles.items}>
      {variants.map((v) => (
        <li key={v.id}>
          {v.title} · {typeof v.price === "number" ? formatWon(v.price) : "가격 없음"} · 재고 {v.stock ?? 0}개
        </li>
      ))}
    </ul>
  )
}
