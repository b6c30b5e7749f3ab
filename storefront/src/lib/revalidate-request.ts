import { timingSafeEqual } from "node:crypto"
import { z } from "zod"

/** Tags the backend may name: the data layer's families (see lib/data/tags.ts). */
const tagSchema = z.string().regex(/^(products|categories|farms|regions|shop|(product|farm)-[a-z0-9-]{1,100})$/, "unknown cache tag")

export const revalidateBodySchema = z.object({ tags: z.array(tagSchema).min(1).max(50) }).strict()

/** Constant-time comparison of the shared secret; an unset secret accepts nothing. */
export function secretMatches(expected: string | undefined, given: string | null): boolean {
  if (!expected || !given) return false
  const a = Buffer.from(expected)
  const b = Buffer.from(given)
  return a.length === b.length && timingSafeEqual(a, b)
}
