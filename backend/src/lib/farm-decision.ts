/** What the department decides about a farm, and from which status each decision may be taken. */
export const FARM_DECISIONS = {
  approve: { from: ["pending", "rejected"], to: "approved", needsReason: false },
  reject: { from: ["pending"], to: "rejected", needsReason: true },
  suspend: { from: ["approved"], to: "suspended", needsReason: true },
  reinstate: { from: ["suspended"], to: "approved", needsReason: false },
} as const

export type FarmDecision = keyof typeof FARM_DECISIONS
export type FarmStatus = "pending" | "approved" | "rejected" | "suspended"

/** The new status, or why the decision cannot be taken now. */
export function decide(current: FarmStatus, decision: FarmDecision): { ok: true; status: FarmStatus } | { ok: false; message: string } {
  const rule = FARM_DECISIONS[decision]
  if (!(rule.from as readonly string[]).includes(current)) {
    return { ok: false, message: `A ${current} farm cannot be given "${decision}" (only from ${rule.from.join(" or ")})` }
  }
  return { ok: true, status: rule.to }
}
