import type { HttpTypes } from "@medusajs/types"
import { orderParcels } from "@/lib/couriers"
import parcelStyles from "./parcels.module.css"

/** Each farm's parcel of an order: courier, 송장번호 and the courier's tracking page. */
export default function ParcelTracking({ order }: { order: HttpTypes.StoreOrder }) {
  const parcels = orderParcels(order)
  if (parcels.length === 0) return null
  return (
    <section aria-labelledby="parcels-title">
      <h2 id="parcels-title">배송 조회</h2>
      <p>농가마다 따로 보냅니다. 택배사 이름 옆 &lsquo;배송 조회&rsquo;를 누르면 택배사 화면이 새 창으로 열립니다.</p>
      <ul className={parcelStyles.parcels}>
        {parcels.map((p) => (
          <li key={p.id}>
            {p.farm && <strong>{p.farm}</strong>}
            {p.items.length > 0 && <span>{p.items.join(", ")}</span>}
            <span>
              {p.courier ?? "택배"} 송장번호 {p.trackingNumber}
            </span>
            {p.trackingUrl && (
              <a href={p.trackingUrl} target="_blank" rel="noopener noreferrer">
                배송 조회<span className="visually-hidden"> ({p.courier ?? "택배사"}, 새 창)</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
