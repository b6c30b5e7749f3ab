import type { z } from "zod"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ListingView } from "../../../lib/listing/from-product"
import { foreignImages } from "../../../lib/listing/images"
import { parseKorean } from "../../../lib/listing/korean-errors"
import { foreignVariantIds } from "../../../lib/listing/live-edit"
import { loadEnvironment } from "../../../lib/env"

/** The body, or 400 naming each wrong field. Parsed in the route: a farm that may not write gets 403 first. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const result = parseKorean(schema, body)
  if (!result.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, result.message)
  return result.data
}

/** 404 for a variant id that is not one of this product's (another farm's variant is not the caller's business). */
export function requireOwnVariants(view: ListingView, ids: (string | undefined)[]): void {
  const foreign = foreignVariantIds(view, ids)
  if (foreign.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `이 상품의 구성이 아닙니다: ${foreign.join(", ")}`)
}

/** 400 for photos that were not uploaded through POST /farmer/uploads. */
export function requireOwnImages(images: string[] | undefined, existing: string[]): void {
  if (!images) return
  const foreign = foreignImages(images, existing, loadEnvironment().FILE_BASE_URL)
  if (foreign.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `images: 사진은 사진 올리기로 올린 것만 쓸 수 있습니다: ${foreign.join(", ")}`)
}

export function refuseUnless<T>(outcome: ({ ok: true } & T) | { ok: false; message: string }): T {
  if (!outcome.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, outcome.message)
  return outcome
}

type FarmDeliveryRow = { shipping_profile?: { id: string } | null }
type OptionRow = { data?: Record<string, unknown> | null }
const DELIVERY_NAMES: Record<string, string> = { normal: "일반", chilled: "냉장", frozen: "냉동" }

/** 400 when the farm has delivery options and none of the listing's type (its parcel could not be shipped). */
export async function requireFarmDelivery(scope: MedusaContainer, farmId: string, deliveryType: string | undefined): Promise<void> {
  if (!deliveryType) return
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: farms } = await query.graph({ entity: "farm", fields: ["shipping_profile.id"], filters: { id: farmId } })
  const profileId = (farms[0] as FarmDeliveryRow | undefined)?.shipping_profile?.id
  if (!profileId) return
  const { data: options } = await query.graph({ entity: "shipping_option", fields: ["data"], filters: { shipping_profile_id: profileId } })
  const offered = new Set((options as OptionRow[]).map((o) => o.data?.delivery_type).filter((t): t is string => typeof t === "string"))
  if (offered.size && !offered.has(deliveryType)) {
    const names = [...offered].map((t) => DELIVERY_NAMES[t] ?? t).join(", ")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `delivery_type: 이 농장은 ${DELIVERY_NAMES[deliveryType] ?? deliveryType} 택배를 보내지 않습니다 (보낼 수 있는 배송: ${names})`)
  }
}
