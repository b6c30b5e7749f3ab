import { describe, expect, it } from "vitest"
import { csvRecords, decodeCsv, parseShipmentCsv, readShipmentRow, ShipmentCsvError } from "./shipment-csv"

const utf8 = (s: string) => new TextEncoder().encode(s)
// "주문번호,택배사,송장번호\r\n#12,CJ대한통운,6307-1234-5678\r\n" as Korean Excel saves it (CP949).
const CP949 = Buffer.from(
  "c1d6b9aeb9f8c8a32cc5c3b9e8bbe72cbcdbc0e5b9f8c8a30d0a2331322c434ab4ebc7d1c5ebbfee2c363330372d313233342d353637380d0a",
  "hex"
)

describe("decodeCsv", () => {
  it("reads UTF-8 with or without BOM, and CP949", () => {
    expect(decodeCsv(utf8("\uFEFF주문번호"))).toBe("주문번호")
    expect(decodeCsv(utf8("주문번호"))).toBe("주문번호")
    expect(decodeCsv(CP949).split("\r\n")[1]).toBe("#12,CJ대한통운,6307-1234-5678")
  })
})

describe("csvRecords", () => {
  it("handles quotes, commas and line breaks inside quotes, and skips blank lines", () => {
    const text = 'a,"b, c","say ""hi"""\n\n,,\n"multi\nline",x\r\nlast'
    expect(csvRecords(text)).toEqual([
      { line: 1, cells: ["a", "b, c", 'say "hi"'] },
      { line: 4, cells: ["multi\nline", "x"] },
      { line: 6, cells: ["last"] },
    ])
  })
})

describe("parseShipmentCsv", () => {
  it("finds the columns by the header row in any order", () => {
    const rows = parseShipmentCsv(utf8("송장번호, 주문번호 ,택배사\n630712345678,#7,한진\n"))
    expect(rows).toEqual([{ line: 2, order: "#7", courier: "한진", tracking_number: "630712345678" }])
  })

  it("takes 주문번호, 택배사, 송장번호 in that order without a header", () => {
    expect(parseShipmentCsv(utf8("12,우체국,6070012345678\n\n13,로젠,95012345678"))).toEqual([
      { line: 1, order: "12", courier: "우체국", tracking_number: "6070012345678" },
      { line: 3, order: "13", courier: "로젠", tracking_number: "95012345678" },
    ])
  })

  it("reads Excel's CP949 file", () => {
    expect(parseShipmentCsv(CP949)).toEqual([{ line: 2, order: "#12", courier: "CJ대한통운", tracking_number: "6307-1234-5678" }])
  })

  it("names a missing column of the header, and refuses an empty file", () => {
    expect(() => parseShipmentCsv(utf8("주문번호,송장번호\n1,123456789"))).toThrow(/택배사/)
    expect(() => parseShipmentCsv(utf8("\n\n"))).toThrow(ShipmentCsvError)
  })
})

describe("readShipmentRow", () => {
  const row = (order: string, courier: string, tracking_number: string) => ({ line: 5, order, courier, tracking_number })
  it("reads a good row", () => {
    expect(readShipmentRow(row("#12", "CJ대한통운", "6307-1234-5678"))).toEqual({
      ok: true, line: 5, order: "#12", display_id: 12, courier: "cj", tracking_number: "630712345678",
    })
    expect(readShipmentRow(row("12", "롯데", "233412345678"))).toMatchObject({ ok: true, display_id: 12, courier: "lotte" })
  })
  it("says what is wrong with a bad row", () => {
    expect(readShipmentRow(row("abc", "CJ", "630712345678"))).toMatchObject({ ok: false, message: "주문번호가 올바르지 않습니다" })
    expect(readShipmentRow(row("12", "경동택배", "630712345678"))).toMatchObject({ ok: false, message: expect.stringContaining("경동택배") })
    expect(readShipmentRow(row("12", "CJ", "6.30712E+11"))).toMatchObject({ ok: false, message: expect.stringContaining("송장번호") })
  })
})
