import { describe, expect, it } from "vitest"
import { COURIER_CODES, courierFromName, courierName, isCourierCode, normalizeTrackingNumber, trackingUrl } from "./couriers"

describe("couriers", () => {
  it("knows the five couriers by code and Korean name", () => {
    expect(COURIER_CODES.map(courierName)).toEqual(["CJ대한통운", "우체국택배", "한진택배", "롯데택배", "로젠택배"])
    expect(isCourierCode("cj")).toBe(true)
    expect(isCourierCode("dhl")).toBe(false)
  })

  it("reads the names farmers write in a CSV", () => {
    const cases: [string, string | null][] = [
      ["CJ대한통운", "cj"], ["대한통운", "cj"], ["CJ", "cj"], [" cj 대한통운 ", "cj"],
      ["우체국", "epost"], ["우체국택배", "epost"], ["한진", "hanjin"], ["한진택배", "hanjin"],
      ["롯데", "lotte"], ["롯데택배", "lotte"], ["로젠", "logen"], ["로젠택배", "logen"], ["LOGEN", "logen"],
      ["경동택배", null], ["", null],
    ]
    for (const [input, code] of cases) expect(courierFromName(input), input).toBe(code)
  })

  it("normalises tracking numbers and refuses anything but 9 to 14 digits", () => {
    expect(normalizeTrackingNumber("6307-1234-5678")).toBe("630712345678")
    expect(normalizeTrackingNumber(" 6307 1234 5678 ")).toBe("630712345678")
    expect(normalizeTrackingNumber("12345678")).toBeNull()
    expect(normalizeTrackingNumber("123456789012345")).toBeNull()
    expect(normalizeTrackingNumber("63071234567A")).toBeNull()
    expect(normalizeTrackingNumber("")).toBeNull()
  })

  it("links each courier's tracking page", () => {
    expect(trackingUrl("cj", "630712345678")).toBe("https://trace.cjlogistics.com/next/tracking.html?wblNo=630712345678")
    expect(trackingUrl("epost", "6070012345678")).toBe("https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=6070012345678")
    expect(trackingUrl("hanjin", "412345678901")).toBe(
      "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2=412345678901"
    )
    expect(trackingUrl("lotte", "233412345678")).toBe("https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo=233412345678")
    expect(trackingUrl("logen", "95012345678")).toBe("https://www.ilogen.com/web/personal/trace/95012345678")
  })
})
