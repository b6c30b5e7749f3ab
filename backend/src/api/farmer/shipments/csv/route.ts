import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { parseShipmentCsv, ShipmentCsvError, type ShipmentCsvRow } from "../../../../lib/shipment-csv"
import { writableFarm } from "../../farm-context"
import { applyShipmentRows } from "./apply-rows"

const MAX_ROWS = 2000

/** The uploaded file's rows; a file that is not a shipment CSV is a 400 naming `file`. */
function readRows(file: Express.Multer.File | undefined): ShipmentCsvRow[] {
  if (!file?.buffer?.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "file: 송장 CSV 파일을 올려 주세요")
  try {
    const rows = parseShipmentCsv(file.buffer)
    if (rows.length > MAX_ROWS) throw new ShipmentCsvError(`한 번에 ${MAX_ROWS}줄까지 올릴 수 있습니다`)
    return rows
  } catch (error) {
    if (error instanceof ShipmentCsvError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${error.message}`)
    throw error
  }
}

/**
 * POST /farmer/shipments/csv — 송장 일괄 등록: a CSV (주문번호, 택배사, 송장번호; UTF-8 or
 * Excel's CP949) in the multipart field `file`. Answers a report of every row by line number.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const caller = await writableFarm(req)
  const rows = readRows(req.file)
  res.json({ report: await applyShipmentRows(req.scope, caller, rows) })
}
