import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { revalidateBodySchema, secretMatches } from "@/lib/revalidate-request"

/**
 * POST /api/revalidate { tags } with the header x-revalidate-secret: the backend names the
 * cached catalog reads that changed, and they expire at once (never a stale price after that).
 */
export async function POST(request: NextRequest) {
  if (!secretMatches(process.env.REVALIDATE_SECRET, request.headers.get("x-revalidate-secret"))) {
    return NextResponse.json({ message: "x-revalidate-secret is missing or wrong" }, { status: 401 })
  }
  const body = revalidateBodySchema.safeParse(await request.json().catch(() => null))
  if (!body.success) {
    const message = body.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")
    return NextResponse.json({ message }, { status: 400 })
  }
  for (const tag of body.data.tags) revalidateTag(tag, { expire: 0 })
  return NextResponse.json({ revalidated: body.data.tags })
}
