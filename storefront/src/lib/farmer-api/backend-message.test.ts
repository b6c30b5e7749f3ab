import { describe, expect, it } from "vitest"
import { backendProblems, sameNames } from "./backend-message"

describe("the backend's field-first messages", () => {
  it("puts each line beside its input and keeps the rest", () => {
    const result = backendProblems("email: 이미 농장 회원으로 등록된 이메일입니다\n이 주문은 아직 입금 전입니다\nfoo: 모르는 칸", sameNames("email", "name"))
    expect(result).toEqual({ errors: { email: "이미 농장 회원으로 등록된 이메일입니다" }, rest: ["이 주문은 아직 입금 전입니다", "모르는 칸"] })
  })

  it("keeps a Medusa validation sentence whole", () => {
    const result = backendProblems("Invalid request: Field 'name' is required", sameNames("name"))
    expect(result).toEqual({ errors: {}, rest: ["Invalid request: Field 'name' is required"] })
  })
})
