import { z } from "zod"

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DELIVERY = ["normal", "chilled", "frozen"] as const
export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const

/** A repeatable or comma-separated parameter: ?farm=a&farm=b or ?farm=a,b. */
const list = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(item).max(20, "at most 20 values"))
    .optional()

const won = (name: string) =>
  z.coerce.number({ message: `${name} must be a number of won` }).int(`${name} must be whole won`).min(0, `${name} must be 0 or more`).max(100_000_000).optional()

export const StoreSearchQuery = z
  .object({
    q: z.string().trim().max(100, "q must be at most 100 characters").default(""),
    category: list(z.string().regex(HANDLE, "category must be category handles")),
    farm: list(z.string().regex(HANDLE, "farm must be farm handles")),
    delivery: list(z.enum(DELIVERY, { message: "delivery must be normal, chilled or frozen" })),
    price_min: won("price_min"),
    price_max: won("price_max"),
    in_season: z.enum(["true", "false"], { message: "in_season must be true or false" }).optional(),
    sort: z.enum(SEARCH_SORTS, { message: `sort must be one of ${SEARCH_SORTS.join(", ")}` }).default("relevance"),
    limit: z.coerce.number({ message: "limit must be a number" }).int().min(1, "limit must be 1 to 50").max(50, "limit must be 1 to 50").default(20),
    offset: z.coerce.number({ message: "offset must be a number" }).int().min(0, "offset must be 0 or more").max(10_000, "offset must be at most 10000").default(0),
  })
  .strict()
  .refine((v) => v.price_min === undefined || v.price_max === undefined || v.price_min <= v.price_max, {
    message: "price_min must not be above price_max",
    path: ["price_min"],
  })
export type StoreSearchQueryType = z.infer<typeof StoreSearchQuery>

export const StoreSearchSuggestQuery = z
  .object({
    q: z.string().trim().max(100, "q must be at most 100 characters").default(""),
    limit: z.coerce.number({ message: "limit must be a number" }).int().min(1, "limit must be 1 to 10").max(10, "limit must be 1 to 10").default(5),
  })
  .strict()
export type StoreSearchSuggestQueryType = z.infer<typeof StoreSearchSuggestQuery>
