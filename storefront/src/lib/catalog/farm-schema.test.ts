import { describe, expect, it } from "vitest"
import { parseFarmDetail } from "./farm-schema"

const farm = {
  id: "farm_1",
  handle: "namwon-farm",
  name: "남원 햇살농원",
  representative: "김감귤",
  town: "남원읍",
  address: "제주특별자치도 서귀포시 남원읍 ...",
  phone: "064-123-4567",
  email: "farm@example.kr",
  story: "삼대째 감귤을 키웁니다.",
  established_year: 1987,
  certifications: [{ type: "GAP", number: "12-345" }],
  status: "approved",
  free_shipping_threshold: 50000,
  products: [{ id: "prod_1", handle: "hallabong", title: "한라봉", thumbnail: null }],
}

describe("parseFarmDetail", () => {
  it("maps the farm route's body", () => {
    const detail = parseFarmDetail({ farm })
    expect(detail.establishedYear).toBe(1987)
    expect(detail.certifications).toEqual([{ type: "GAP", number: "12-345" }])
    expect(detail.products).toHaveLength(1)
  })

  it("accepts certifications stored as { items }", () => {
    const detail = parseFarmDetail({ farm: { ...farm, certifications: { items: [{ type: "HACCP", number: "1" }] } } })
    expect(detail.certifications[0]?.type).toBe("HACCP")
  })

  it("rejects a body without a farm", () => {
    expect(() => parseFarmDetail({ farms: [] })).toThrow()
  })
})
