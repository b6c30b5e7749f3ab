import { REQUIRED_NOTICE_LABELS } from "../info-notice"
import type { ListingView } from "./from-product"
import type { ProductContext } from "./to-product"

/** Shared by the unit tests: a complete, live 한라봉 listing and the ids it refers to. */
export const CTX: ProductContext = {
  categoryIds: { citrus: "pcat_citrus", produce: "pcat_produce", seafood: "pcat_seafood", livestock: "pcat_livestock", processed: "pcat_processed", tourism: "pcat_tourism" },
  taxTypes: { taxableId: "ptyp_taxable", exemptId: "ptyp_exempt" },
}

export const NOTICE = REQUIRED_NOTICE_LABELS.agricultural.map((label) => ({ label, value: `${label} 값` }))

export function liveHallabong(overrides: Partial<ListingView> = {}): ListingView {
  return {
    id: "prod_1",
    handle: "namwon-hallabong",
    status: "published",
    thumbnail: "http://localhost:9000/static/a.webp",
    updated_at: "2026-12-01T00:00:00.000Z",
    review_reason: null,
    option_titles: ["중량", "구분"],
    variant_titles: { variant_home: "3kg / 가정용", variant_gift: "3kg / 선물용" },
    title: "남원 한라봉",
    subtitle: "달콤한 한라봉",
    description: "남원읍 과수원에서 키운 한라봉입니다.",
    category: "citrus",
    delivery_type: "normal",
    season: { from: 12, to: 3 },
    gift: false,
    origin: "국산(제주특별자치도 서귀포시 남원읍)",
    images: ["http://localhost:9000/static/a.webp"],
    citrus: { variety: "한라봉", lots: [{ lot: "1차", brix: 13.5, acidity: 0.9, measured_on: "2026-12-01" }] },
    variants: [
      { id: "variant_home", weight: "3kg", use: "가정용", price: 29000, stock: 10 },
      { id: "variant_gift", weight: "3kg", use: "선물용", price: 36000, stock: 5 },
    ],
    notice: NOTICE,
    ...overrides,
  }
}
