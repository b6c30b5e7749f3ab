import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListFarmsQueryType } from "./validators"

const FIELDS = ["id", "handle", "name", "representative", "town", "phone", "email", "status", "status_reason", "farmer_registration_number", "business_number", "certifications", "created_at"]

/** GET /admin/farms — the farms and applications, newest first; `status=pending` is the queue to decide. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListFarmsQueryType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as AdminListFarmsQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "farm",
    fields: FIELDS,
    filters: status ? { status } : {},
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({ farms: data, count: metadata?.count ?? data.length, limit, offset })
}
