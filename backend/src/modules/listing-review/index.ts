import { Module } from "@medusajs/framework/utils"
import ListingReviewModuleService from "./service"

// Module keys are identifiers (no hyphen); the folder keeps the usual kebab-case.
export const LISTING_REVIEW_MODULE = "listing_review"

export default Module(LISTING_REVIEW_MODULE, { service: ListingReviewModuleService })
