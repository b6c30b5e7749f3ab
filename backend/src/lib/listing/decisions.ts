import type { ListingView } from "./from-product"
import { liveAfter, mergePending, splitLiveEdit, withPending } from "./live-edit"
import { mergeListing } from "./merge"
import { planApply, type ApplyPlan } from "./plan"
import { publishProblems } from "./publish-check"
import { listingProblems, type ListingInput, type ListingPatch } from "./schema"
import { stateOf } from "./state"
import type { ProductContext } from "./to-product"

/** A write's outcome: refused with a message naming what is wrong, or the plan to apply. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; message: string }

const refuse = (problems: string[]): { ok: false; message: string } => ({ ok: false, message: problems.join("\n") })

/** Everything that keeps a listing from being on sale, structural rules first. */
export function saleProblems(listing: ListingInput): string[] {
  return [...listingProblems(listing).map((p) => `${p.path.join(".")}: ${p.message}`), ...publishProblems(listing)]
}

const NOT_EDITABLE = "심사 중인 상품은 고칠 수 없습니다. 심사가 끝난 뒤에 고쳐 주세요 (재고는 바꿀 수 있습니다)"

/**
 * An edit. Drafts and rejected listings take it all (a rejected one becomes a draft again). A live
 * listing takes the safe part at once — still valid for sale — and the risky part joins its one
 * pending change; the live version stays on sale until the department approves.
 */
export function planEdit(
  current: ListingView,
  patch: ListingPatch,
  pending: ListingPatch | null,
  ctx: ProductContext
): Outcome<{ plan: ApplyPlan; pending: ListingPatch | null }> {
  const state = stateOf(current.status)
  if (state === "in_review") return refuse([NOT_EDITABLE])
  if (state !== "live") {
    const target = mergeListing(current, patch)
    const problems = listingProblems(target)
    if (problems.length) return refuse(problems.map((p) => `${p.path.join(".")}: ${p.message}`))
    const plan = planApply(current, target, ctx, { stockForKept: true })
    if (state === "rejected") plan.fields.status = "draft"
    return { ok: true, plan, pending: null }
  }
  const edit = splitLiveEdit(current, patch)
  const live = liveAfter(current, edit)
  const liveProblems = saleProblems(live)
  if (liveProblems.length) return refuse(liveProblems)
  const nextPending = Object.keys(edit.risky).length ? mergePending(pending, edit.risky) : null
  if (nextPending) {
    const problems = saleProblems(withPending(live, nextPending))
    if (problems.length) return refuse(problems)
  }
  const plan = planApply(current, live, ctx, { stockForKept: true })
  // A new request replaces the reason a previous change was rejected for.
  if (nextPending && current.review_reason) plan.fields.metadata = { ...plan.fields.metadata, review_reason: null }
  return { ok: true, plan, pending: nextPending }
}

const emptyPlan = (fields: ApplyPlan["fields"]): ApplyPlan => ({ fields, variants: null, stock: [] })

/** A draft (or a rejected listing) sent to the department, if it is complete. */
export function planSubmit(current: ListingView): Outcome<{ plan: ApplyPlan }> {
  const state = stateOf(current.status)
  if (state === "in_review") return refuse(["이미 심사 중인 상품입니다"])
  if (state === "live") return refuse(["이미 판매 중인 상품입니다. 고친 내용은 저장하면 바로 심사에 올라갑니다"])
  const problems = saleProblems(current)
  if (problems.length) return refuse(problems)
  return { ok: true, plan: emptyPlan({ status: "proposed", metadata: { review_reason: null } }) }
}

export type Review = { kind: "new" | "change"; changes: ListingPatch | null }

/** The department's decision on a pending review: what it does to the product. */
export function planDecision(
  current: ListingView,
  review: Review,
  decision: "approve" | "reject",
  reason: string | null,
  ctx: ProductContext
): Outcome<{ plan: ApplyPlan }> {
  if (review.kind === "new") {
    if (stateOf(current.status) !== "in_review") return refuse(["심사 중인 상품이 아닙니다"])
    return decision === "approve"
      ? { ok: true, plan: emptyPlan({ status: "published", metadata: { review_reason: null } }) }
      : { ok: true, plan: emptyPlan({ status: "rejected", metadata: { review_reason: reason } }) }
  }
  if (decision === "reject") return { ok: true, plan: emptyPlan({ metadata: { review_reason: reason } }) }
  const target = withPending(current, review.changes)
  const problems = saleProblems(target)
  if (problems.length) return refuse(["변경 내용을 적용할 수 없습니다", ...problems])
  const plan = planApply(current, target, ctx, { stockForKept: false })
  plan.fields.metadata = { ...plan.fields.metadata, review_reason: null }
  return { ok: true, plan }
}
