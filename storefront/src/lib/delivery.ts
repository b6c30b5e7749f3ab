import type { DeliveryType } from "./catalog/types"

/** How a product travels, as the product page names it. */
export const DELIVERY_LABEL: Record<DeliveryType, string> = {
  normal: "일반 택배",
  chilled: "냉장 택배",
  frozen: "냉동 택배",
}
