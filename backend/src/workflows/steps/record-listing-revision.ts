import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_REVIEW_MODULE } from "../../modules/listing-review"
import type ListingReviewModuleService from "../../modules/listing-review/service"

/** What a listing write does to its review record. */
export type RevisionAction =
  | { type: "none" }
  /** A draft submitted: the department's queue gets it. */
  | { type: "open_new"; product_id: string; farm_id: string }
  /** A live listing's risky edit: THE pending change (created, or replaced by the merged changes). */
  | { type: "upsert_change"; product_id: string; farm_id: string; changes: Record<string, unknown> }
  | { type: "decide"; id: string; status: "approved" | "rejected"; reason: string | null }

export type RevisionRecord = { id: string; kind: string; status: string; product_id: string; reason: string | null; decided_at: Date | string | null }

type Undo =
  | { type: "delete"; id: string }
  | { type: "restore"; id: string; status: "pending" | "approved" | "rejected"; changes: Record<string, unknown> | null; reason: string | null; decided_at: Date | null }

export const recordListingRevisionStep = createStep(
  "record-listing-revision",
  async (action: RevisionAction, { container }) => {
    const reviews = container.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE)
    if (action.type === "none") return new StepResponse<RevisionRecord | null, Undo | null>(null, null)
    if (action.type === "open_new") {
      const created = await reviews.createListingRevisions({ product_id: action.product_id, farm_id: action.farm_id, kind: "new", status: "pending", changes: null })
      return new StepResponse<RevisionRecord | null, Undo | null>(created, { type: "delete", id: created.id })
    }
    if (action.type === "upsert_change") {
      const [pending] = await reviews.listListingRevisions({ product_id: action.product_id, kind: "change", status: "pending" })
      if (!pending) {
        const created = await reviews.createListingRevisions({ product_id: action.product_id, farm_id: action.farm_id, kind: "change", status: "pending", changes: action.changes })
        return new StepResponse<RevisionRecord | null, Undo | null>(created, { type: "delete", id: created.id })
      }
      const updated = await reviews.updateListingRevisions({ id: pending.id, changes: action.changes })
      const undo: Undo = { type: "restore", id: pending.id, status: "pending", changes: pending.changes as Record<string, unknown> | null, reason: pending.reason, decided_at: null }
      return new StepResponse<RevisionRecord | null, Undo | null>(updated, undo)
    }
    const before = await reviews.retrieveListingRevision(action.id)
    const decided = await reviews.updateListingRevisions({ id: action.id, status: action.status, reason: action.reason, decided_at: new Date() })
    const undo: Undo = { type: "restore", id: before.id, status: before.status, changes: before.changes as Record<string, unknown> | null, reason: before.reason, decided_at: before.decided_at }
    return new StepResponse<RevisionRecord | null, Undo | null>(decided, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const reviews = container.resolve<ListingReviewModuleService>(LISTING_REVIEW_MODULE)
    if (undo.type === "delete") await reviews.deleteListingRevisions(undo.id)
    else await reviews.updateListingRevisions({ id: undo.id, status: undo.status, changes: undo.changes, reason: undo.reason, decided_at: undo.decided_at })
  }
)
