import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { suggest } from "@/lib/data/search"
import { StoreError } from "@/lib/store-error"

/** Longer text is not a prefix anyone types into a search box. */
const MAX_SUGGEST_QUERY = 50
const DEFAULT_LIMIT = 5

const querySchema = z.object({
  q: z.string().transform((v) => v.replace(/\s+/g, " ").trim()).pipe(z.string().min(1).max(MAX_SUGGEST_QUERY)),
  limit: z.coerce.number().int().min(1).max(10).catch(DEFAULT_LIMIT),
})

const NO_STORE = { "Cache-Control": "no-store" }

/**
 * GET /search/suggest?q=한ㄹ&limit=5: the header search box's suggestions as JSON. The browser asks
 * the shop, never the backend: the publishable key stays on the server. Answers may be cached by the
 * browser (and a CDN) for a minute, so typing back over a prefix asks nothing.
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams
  const query = querySchema.safeParse({ q: params.get("q") ?? "", limit: params.get("limit") ?? undefined })
  if (!query.success) {
    return NextResponse.json({ message: `q: 1~${MAX_SUGGEST_QUERY}자의 검색어가 필요합니다.` }, { status: 400, headers: NO_STORE })
  }
  try {
    const suggestions = await suggest(query.data.q, query.data.limit)
    return NextResponse.json(suggestions, {
      headers: { "Cache-Control": "public, max-age=60, stale-while-revalidate=300" },
    })
  } catch (error) {
    const kind = error instanceof StoreError ? error.kind : "unknown"
    console.error("search suggest failed", error)
    return NextResponse.json({ message: "검색어 제안을 불러오지 못했습니다.", kind }, { status: kind === "config" ? 500 : 502, headers: NO_STORE })
  }
}
