import { citrusProblems } from "./citrus"
import { missingNotice } from "./notice"
import type { ListingInput } from "./schema"

/**
 * Why a listing cannot be on sale: missing 상품정보제공고시 rows, no photo, and for citrus the
 * newest lot's sugar and acidity. Checked on submission and on every change of a live listing.
 */
export function publishProblems(listing: ListingInput): string[] {
  const problems: string[] = []
  const missing = missingNotice(listing)
  if (missing.length) problems.push(`notice: 상품정보제공고시 항목을 채워 주세요: ${missing.join(", ")}`)
  if (!listing.images.length) problems.push("images: 상품 사진을 한 장 이상 올려 주세요")
  if (listing.category === "citrus" && listing.citrus) problems.push(...citrusProblems(listing.citrus))
  return problems
}
