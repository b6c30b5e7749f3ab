import { courierFromName, normalizeTrackingNumber, type CourierCode } from "./couriers"

/** One row of a 송장 일괄 등록 file, as written (line: where it starts in the file, 1-based). */
export type ShipmentCsvRow = { line: number; order: string; courier: string; tracking_number: string }

/** A row read into what shipping needs, or why it cannot be. */
export type ShipmentCsvEntry =
  | { ok: true; line: number; order: string; display_id: number; courier: CourierCode; tracking_number: string }
  | { ok: false; line: number; order: string; message: string }

export class ShipmentCsvError extends Error {}

const COLUMNS = {
  order: ["주문번호", "주문 번호", "order", "order_number"],
  courier: ["택배사", "택배회사", "courier"],
  tracking_number: ["송장번호", "운송장번호", "송장 번호", "tracking_number"],
} as const
type Column = keyof typeof COLUMNS

/** UTF-8 (with or without BOM), else CP949/EUC-KR as Korean Excel saves "CSV (쉼표로 분리)". */
export function decodeCsv(bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    text = new TextDecoder("euc-kr").decode(bytes)
  }
  return text.replace(/^\uFEFF/, "")
}

/** Records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks); blank ones dropped. */
export function csvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = []
  let cells: string[] = []
  let cell = ""
  let quoted = false
  let line = 1
  let start = 1
  const endRecord = () => {
    records.push({ line: start, cells: [...cells, cell] })
    cells = []
    cell = ""
    start = line
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (c === '"') {
      quoted = !quoted
    } else if (quoted || (c !== "," && c !== "\n" && c !== "\r")) {
      if (c === "\n") line++
      cell += c
    } else if (c === ",") {
      cells.push(cell)
      cell = ""
    } else {
      if (c === "\r" && text[i + 1] === "\n") i++
      line++
      endRecord()
    }
  }
  if (cell !== "" || cells.length) endRecord()
  return records.filter((r) => r.cells.some((c) => c.trim() !== ""))
}

const squash = (s: string) => s.replace(/\s+/g, "").toLowerCase()

/** Where each column is, when the first record is a header row. */
function headerColumns(cells: string[]): Record<Column, number> | null {
  const names = cells.map(squash)
  const find = (column: Column) => names.findIndex((n) => COLUMNS[column].some((alias) => squash(alias) === n))
  const found = { order: find("order"), courier: find("courier"), tracking_number: find("tracking_number") }
  const known = Object.values(found).filter((i) => i >= 0).length
  if (known === 0) return null
  const missing = (Object.keys(found) as Column[]).filter((k) => found[k] < 0).map((k) => COLUMNS[k][0])
  if (missing.length) throw new ShipmentCsvError(`첫 줄에 ${missing.join(", ")} 칸이 없습니다`)
  return found
}

/** The rows of a 송장 일괄 등록 file: 주문번호, 택배사, 송장번호 (header row optional, any column order). */
export function parseShipmentCsv(bytes: Uint8Array): ShipmentCsvRow[] {
  const records = csvRecords(decodeCsv(bytes))
  if (!records.length) throw new ShipmentCsvError("파일에 등록할 줄이 없습니다")
  const header = headerColumns(records[0].cells)
  const at = header ?? { order: 0, courier: 1, tracking_number: 2 }
  return records.slice(header ? 1 : 0).map(({ line, cells }) => ({
    line,
    order: (cells[at.order] ?? "").trim(),
    courier: (cells[at.courier] ?? "").trim(),
    tracking_number: (cells[at.tracking_number] ?? "").trim(),
  }))
}

/** Checks one row on its own (the order itself is checked by the caller). */
export function readShipmentRow(row: ShipmentCsvRow): ShipmentCsvEntry {
  const fail = (message: string): ShipmentCsvEntry => ({ ok: false, line: row.line, order: row.order, message })
  const number = /^#?\s*(\d{1,10})$/.exec(row.order)
  if (!number) return fail(row.order ? "주문번호가 올바르지 않습니다" : "주문번호가 비어 있습니다")
  const courier = courierFromName(row.courier)
  if (!courier) return fail(row.courier ? `알 수 없는 택배사입니다: ${row.courier}` : "택배사가 비어 있습니다")
  const tracking = normalizeTrackingNumber(row.tracking_number)
  if (!tracking) return fail("송장번호는 숫자 9~14자리여야 합니다")
  return { ok: true, line: row.line, order: row.order, display_id: Number(number[1]), courier, tracking_number: tracking }
}
