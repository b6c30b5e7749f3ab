import { missingNoticeLabels, type NoticeType } from "../info-notice"
import type { ListingCategory, ListingInput } from "./schema"

const BY_CATEGORY: Record<Exclude<ListingCategory, "tourism">, NoticeType> = {
  citrus: "agricultural",
  produce: "agricultural",
  seafood: "seafood",
  livestock: "livestock",
  processed: "processed",
}

/** The 상품정보제공고시 type: from the category; tourism goods choose coupon (체험·이용권) or goods (기념품). */
export function noticeTypeOf(listing: Pick<ListingInput, "category" | "notice_type">): NoticeType {
  if (listing.category === "tourism") return listing.notice_type ?? "coupon"
  return BY_CATEGORY[listing.category]
}

/** Processed food, souvenirs and experiences carry 10% VAT; fresh goods are exempt. */
export function isTaxable(type: NoticeType): boolean {
  return type === "processed" || type === "coupon" || type === "goods"
}

/** The required notice labels the listing has not filled in. */
export function missingNotice(listing: Pick<ListingInput, "category" | "notice_type" | "notice">): string[] {
  return missingNoticeLabels(noticeTypeOf(listing), listing.notice)
}
