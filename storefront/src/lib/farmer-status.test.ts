import { describe, expect, it } from "vitest"
import { FARM_STATUSES, farmStatusCopy } from "./farmer-status"

describe("farm status copy", () => {
  it("says 심사 중 in plain words while the department checks", () => {
    const copy = farmStatusCopy("pending", null)
    expect(copy.label).toBe("심사 중")
    expect(copy.lines).toEqual(["감귤농정과에서 신청서를 확인하고 있습니다. 보통 3일 안에 알려 드립니다."])
  })

  it("says 승인됨 once approved, without a reason", () => {
    const copy = farmStatusCopy("approved", "무시되는 사유")
    expect(copy.label).toBe("승인됨")
    expect(copy.lines).toContain("판매를 시작할 수 있습니다.")
    expect(copy.reason).toBeNull()
  })

  it("gives the reason when rejected", () => {
    const copy = farmStatusCopy("rejected", "  농업경영체 등록번호가 확인되지 않습니다. ")
    expect(copy).toMatchObject({ label: "반려", tone: "stop", reason: "농업경영체 등록번호가 확인되지 않습니다." })
  })

  it("keeps past orders and statements readable when suspended", () => {
    const copy = farmStatusCopy("suspended", "")
    expect(copy.label).toBe("판매 중지")
    expect(copy.reason).toBeNull()
    expect(copy.lines).toContain("지난 주문과 정산 내역은 계속 볼 수 있습니다.")
  })

  it("has a distinct label for each status and reads an unknown one as 심사 중", () => {
    expect(new Set(FARM_STATUSES.map((s) => farmStatusCopy(s).label)).size).toBe(FARM_STATUSES.length)
    expect(farmStatusCopy("archived")).toMatchObject({ status: "pending", label: "심사 중" })
  })
})
