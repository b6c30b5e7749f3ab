import type { FarmerMe } from "@/lib/farmer-api"
import type { ListingFormValues } from "@/lib/farmer-api/listing-form"
import type { ListingDetail } from "@/lib/farmer-api/schemas"
import ListingBadge from "../components/listing-badge"
import ListingForm from "../components/listing/listing-form"
import PortalPage from "../components/portal-page"
import StockForm from "../components/stock-form"
import styles from "./farmer.module.css"
import portal from "./portal.module.css"

type Props = { me: FarmerMe; values: ListingFormValues; listing: ListingDetail | null; writable: boolean; done?: string }

const DONE: Record<string, string> = {
  saved: "저장했습니다.",
  submitted: "심사를 요청했습니다. 감귤농정과에서 확인한 뒤 알려 드립니다.",
  stock: "재고를 고쳤습니다. 바로 반영됩니다.",
}

/** /farmer/products/new and /farmer/products/[id]: the listing's state, its form, and its stock. */
export default function ProductEditTemplate({ me, values, listing, writable, done }: Props) {
  const title = listing ? listing.title || "(이름 없음)" : "상품 등록"
  const stocked = (listing?.variants ?? []).flatMap((v) => (v.id ? [{ id: v.id, title: [v.weight, v.size, v.use].filter(Boolean).join(" "), stock: v.stock ?? 0 }] : []))
  return (
    <PortalPage me={me} section="products" title={title}>
      <p>
        <a className={portal.tap} href="/farmer/products">
          ← 상품 목록
        </a>
      </p>
      {done && DONE[done] && (
        <p className={styles.notice} role="status">
          {DONE[done]}
        </p>
      )}
      {listing && <StateNotice listing={listing} />}
      <ListingForm initial={values} listingState={listing?.state ?? null} readOnly={!writable || listing?.state === "in_review"} />
      {listing && writable && stocked.length > 0 && (
        <section id="stock" aria-labelledby="stock-title">
          <h2 id="stock-title">재고만 고치기</h2>
          <p>재고는 심사 없이 바로 반영됩니다. 위에서 고치던 내용이 있으면 먼저 저장해 주세요.</p>
          <StockForm productId={listing.id} variants={stocked} />
        </section>
      )}
    </PortalPage>
  )
}

function StateNotice({ listing }: { listing: ListingDetail }) {
  const pending = Boolean(listing.pending_change)
  return (
    <section aria-label="상품 상태" className={styles.group}>
      <p>
        지금 상태: <ListingBadge state={listing.state} pendingChange={pending} />
      </p>
      {listing.state === "rejected" && (
        <p>
          <strong>반려 사유:</strong> {listing.review_reason || "적힌 사유가 없습니다. 감귤농정과로 문의해 주세요."} 고친 뒤 다시 심사 요청을 해 주세요.
        </p>
      )}
      {listing.state === "in_review" && <p>감귤농정과에서 심사하고 있습니다. 심사가 끝날 때까지 내용은 고칠 수 없고, 재고만 고칠 수 있습니다.</p>}
      {listing.state === "live" && (
        <p>
          판매 중인 상품입니다. 이름·소개·설명·사진·가격·판매 단위를 고치면 심사를 거친 뒤 바뀌고, 그동안 지금 내용 그대로 판매됩니다. 재고·판매 시기·배송 방법·고시
          항목·당도는 바로 바뀝니다.
        </p>
      )}
      {pending && <p>아래 양식에는 심사를 기다리는 변경 내용이 보입니다. 손님에게는 아직 지금 판매 중인 내용이 보입니다.</p>}
      {pending && listing.review_reason && listing.state === "live" && (
        <p>
          <strong>지난 변경 반려 사유:</strong> {listing.review_reason}
        </p>
      )}
    </section>
  )
}
