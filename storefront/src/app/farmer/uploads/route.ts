import { NextResponse, type NextRequest } from "next/server"
import { FarmerApiError } from "@/lib/farmer-api/http"
import { backendProblems, sameNames } from "@/lib/farmer-api/backend-message"
import { photoProblem } from "@/lib/farmer-api/photos"
import { farmerPortal } from "@/lib/data/farmer"
import { readFarmerToken } from "@/lib/data/farmer-cookie"

/**
 * The product form's photos, passed on to POST /farmer/uploads with the farmer's token. A route
 * handler, not a server action: phone photos are several MB each, over a server action's 1 MB body.
 * Answers `{ urls }` or `{ message }` (Korean, for the form).
 */
export async function POST(request: NextRequest) {
  // Same-site only (the cookie is SameSite=Lax already; this also refuses other sites' scripts).
  const site = request.headers.get("sec-fetch-site")
  if (site && site !== "same-origin") return answer(403, "이 페이지에서만 사진을 올릴 수 있습니다.")
  const token = await readFarmerToken()
  if (!token) return answer(401, "로그인이 끝났습니다. 다시 로그인해 주세요.")

  const form = await request.formData().catch(() => null)
  const files = (form?.getAll("files") ?? []).filter((f): f is File => f instanceof File && f.size > 0)
  const problem = photoProblem(files.map((f) => ({ type: f.type, size: f.size })))
  if (problem) return answer(400, problem)

  try {
    const result = await farmerPortal().upload(token, files)
    if (result.ok) return NextResponse.json({ urls: result.value })
    const { errors, rest } = backendProblems(result.message, sameNames("files"))
    const message = [errors.files, ...rest].filter(Boolean).join(" ")
    return answer(result.status, message || "사진을 올리지 못했습니다. 사진 파일(JPG, PNG, WebP)인지 확인해 주세요.")
  } catch (error) {
    if (!(error instanceof FarmerApiError)) throw error
    console.error("[farmer] uploads:", error.message)
    return answer(502, "서버에 연결하지 못했습니다. 잠시 후 다시 올려 주세요.")
  }
}

function answer(status: number, message: string) {
  return NextResponse.json({ message }, { status, headers: { "cache-control": "no-store" } })
}
