import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { authenticate } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Every farmer route but the application and the invite acceptance: a signed-in farm member. */
export const farmerAuth = authenticate("farmer", ["bearer", "session"])

export type FarmStatus = "pending" | "approved" | "rejected" | "suspended"

/** Who is calling: the member and its farm. Every farmer route scopes its reads and writes to `farmId`. */
export type FarmContext = {
  memberId: string
  farmId: string
  role: "owner" | "member"
  status: FarmStatus
}

type MemberRow = { id: string; role: "owner" | "member"; farm: { id: string; status: FarmStatus } | null }

/** The caller's farm (401 when the login has no farm member). */
export async function farmContext(req: AuthenticatedMedusaRequest<unknown>): Promise<FarmContext> {
  const memberId = req.auth_context?.actor_id
  if (!memberId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "농장 회원으로 로그인해 주세요")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "farm_member",
    fields: ["id", "role", "farm.id", "farm.status"],
    filters: { id: memberId },
  })
  const member = data[0] as MemberRow | undefined
  if (!member?.farm) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "농장 회원으로 로그인해 주세요")
  return { memberId: member.id, farmId: member.farm.id, role: member.role, status: member.farm.status }
}

const READ_ONLY_REASON: Record<Exclude<FarmStatus, "approved">, string> = {
  pending: "농장 심사가 끝난 뒤에 변경할 수 있습니다",
  rejected: "반려된 농장은 변경할 수 없습니다",
  suspended: "판매가 중지된 농장은 변경할 수 없습니다 (주문과 정산은 볼 수 있습니다)",
}

/** The caller's farm when it may change things: approved (403 for pending, rejected, suspended). */
export async function writableFarm(req: AuthenticatedMedusaRequest<unknown>): Promise<FarmContext> {
  const ctx = await farmContext(req)
  if (ctx.status !== "approved") throw new MedusaError(MedusaError.Types.FORBIDDEN, READ_ONLY_REASON[ctx.status])
  return ctx
}

/** Only the farm's owner may (e.g. invite members). */
export function requireOwner(ctx: FarmContext): void {
  if (ctx.role !== "owner") throw new MedusaError(MedusaError.Types.FORBIDDEN, "농장 대표만 할 수 있습니다")
}

/**
 * The farm's own product ids among `productIds` (link farm <-> product). A product of another
 * farm is answered as missing (404), never as forbidden: its existence is not the caller's business.
 */
export async function farmProductIds(req: AuthenticatedMedusaRequest<unknown>, farmId: string): Promise<Set<string>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "farm", fields: ["id", "products.id"], filters: { id: farmId } })
  const farm = data[0] as { products?: ({ id: string } | null)[] } | undefined
  return new Set((farm?.products ?? []).flatMap((p) => (p ? [p.id] : [])))
}

/** 404 unless the product belongs to the caller's farm. */
export async function requireFarmProduct(req: AuthenticatedMedusaRequest<unknown>, farmId: string, productId: string): Promise<void> {
  const own = await farmProductIds(req, farmId)
  if (!own.has(productId)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `상품 ${productId}을(를) 찾을 수 없습니다`)
}
