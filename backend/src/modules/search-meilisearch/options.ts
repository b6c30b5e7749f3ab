import { MedusaError } from "@medusajs/framework/utils"
import { z } from "zod"

/**
 * The provider's options (medusa-config.ts). Checked at construction so that a wrong host or
 * prefix fails at boot with the option's name, not at the first search with an HTTP error.
 */
const schema = z.object({
  host: z.url({ protocol: /^https?$/, error: "must be the Meilisearch URL, e.g. http://localhost:7700" }),
  // An unset environment variable often arrives as "": that means no key, not an empty key.
  apiKey: z
    .string()
    .optional()
    .transform((key) => key || undefined),
  indexPrefix: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, "may only hold letters, digits, - and _ (Meilisearch index uids)")
    .optional()
    .transform((prefix) => prefix || undefined),
})

export type MeilisearchOptions = z.input<typeof schema>
export type ResolvedOptions = z.output<typeof schema>

export function parseOptions(options: unknown): ResolvedOptions {
  const result = schema.safeParse(options ?? {})
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "options"}: ${issue.message}`)
  throw new MedusaError(MedusaError.Types.INVALID_DATA, `search-meilisearch options are invalid: ${problems.join("; ")}`)
}

/** Index uid on the server: the prefix lets several shops or stages share one Meilisearch. */
export function indexUid(options: ResolvedOptions, physicalName: string): string {
  return options.indexPrefix ? `${options.indexPrefix}_${physicalName}` : physicalName
}

/** The physical name back from an index uid, or null for an index that is not this provider's. */
export function physicalName(options: ResolvedOptions, uid: string): string | null {
  if (!options.indexPrefix) return uid
  const prefix = `${options.indexPrefix}_`
  return uid.startsWith(prefix) ? uid.slice(prefix.length) : null
}
