/**
 * A listing's state is Medusa's product status: draft → 작성중, proposed → 심사중,
 * published → 판매중, rejected → 반려.
 */
export const LISTING_STATES = ["draft", "in_review", "live", "rejected"] as const
export type ListingState = (typeof LISTING_STATES)[number]
export type ProductStatus = "draft" | "proposed" | "published" | "rejected"

const STATE_OF: Record<ProductStatus, ListingState> = { draft: "draft", proposed: "in_review", published: "live", rejected: "rejected" }

export function stateOf(status: string): ListingState {
  return STATE_OF[status as ProductStatus] ?? "draft"
}
