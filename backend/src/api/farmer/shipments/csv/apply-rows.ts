import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { openItemIds } from "../../../../lib/farm-orders/project"
import { findFarmOrder, loadFarmScope } from "../../../../lib/farm-orders/query"
import { planShipment, sameShipment } from "../../../../lib/farm-orders/shipping-plan"
import { readShipmentRow, type ShipmentCsvRow } from "../../../../lib/shipment-csv"
import { shipFarmItemsWorkflow } from "../../../../workflows/ship-farm-items"

export type RowReport = { line: number; order: string; status: "applied" | "already" | "error"; message: string }
export type CsvReport = { applied: number; already: number; failed: number; rows: RowReport[] }

type Caller = { farmId: string; memberId: string }

const messageOf = (error: unknown) => (error instanceof Error && error.message ? error.message : "발송을 등록하지 못했습니다")

/**
 * Applies the rows one by one, each on its own: a bad row is reported and never stops the
 * others, and each applied row is one workflow (all of it or nothing). A row whose shipment is
 * registered already (same order, courier and number) does nothing, so uploading the same file
 * twice changes nothing the second time.
 */
export async function applyShipmentRows(scope: MedusaContainer, caller: Caller, rows: ShipmentCsvRow[]): Promise<CsvReport> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const farm = await loadFarmScope(query, caller.farmId)
  const report: RowReport[] = []
  for (const row of rows) {
    const entry = readShipmentRow(row)
    const done = (status: RowReport["status"], message: string) => report.push({ line: row.line, order: row.order, status, message })
    if (!entry.ok) {
      done("error", entry.message)
      continue
    }
    const found = await findFarmOrder(query, farm, { display_id: entry.display_id }, new Date())
    if (!found) {
      done("error", "주문을 찾을 수 없습니다")
      continue
    }
    if (sameShipment(found.order, entry.courier, entry.tracking_number)) {
      done("already", "이미 등록됨")
      continue
    }
    const request = { courier: entry.courier, tracking_number: entry.tracking_number }
    const plan = planShipment(found.order, openItemIds(found.row, farm), request)
    if (!plan.ok) {
      done("error", plan.message)
      continue
    }
    try {
      await shipFarmItemsWorkflow(scope).run({
        input: { order_id: found.order.id, farm_id: caller.farmId, member_id: caller.memberId, ...request, item_ids: plan.item_ids },
      })
      done("applied", `발송 등록: 상품 ${plan.item_ids.length}건`)
    } catch (error) {
      done("error", messageOf(error))
    }
  }
  const count = (status: RowReport["status"]) => report.filter((r) => r.status === status).length
  return { applied: count("applied"), already: count("already"), failed: count("error"), rows: report }
}
