import { MedusaError } from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"

/**
 * The Search Module's filters as one Meilisearch filter expression. Every value is a quoted,
 * escaped literal (or a plain number or boolean), so no value can change the expression's shape.
 * Semantics follow search-postgres: a list means "any of", on an array field "contains",
 * `null` means "missing or null", and `$ne`/`$nin` also match documents without the field.
 */

type Filters = SearchTypes.SearchFilters
type Condition = Filters[string]

const KEYWORDS = new Set(["AND", "OR", "NOT", "IN", "TO", "EXISTS", "IS", "NULL", "EMPTY", "CONTAINS", "STARTS", "WITH"])
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** Inside double quotes Meilisearch reads \" as a quote and \\ as a backslash. */
export const quote = (text: string): string => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`

/** A field name bare when it is one plain word, else quoted like a value. */
export const attribute = (path: string): string =>
  /^[A-Za-z0-9_.-]+$/.test(path) && !KEYWORDS.has(path.toUpperCase()) ? path : quote(path)

export function literal(field: string, value: unknown): string {
  if (typeof value === "string") return quote(value)
  if (typeof value === "boolean") return String(value)
  if (typeof value === "number") {
    if (!Number.isFinite(value)) invalid(`Filter on "${field}": ${value} is not a finite number`)
    return PLAIN_NUMBER.test(String(value)) ? String(value) : quote(String(value))
  }
  if (value instanceof Date) return quote(value.toISOString())
  return invalid(`Filter on "${field}": ${JSON.stringify(value)} is not a string, number, boolean or date`)
}

const group = (parts: string[], op: "AND" | "OR"): string => (parts.length === 1 ? parts[0] : `(${parts.join(` ${op} `)})`)

function isMissing(field: string): string {
  return `(${attribute(field)} NOT EXISTS OR ${attribute(field)} IS NULL)`
}

function isPresent(field: string): string {
  return `(${attribute(field)} EXISTS AND ${attribute(field)} IS NOT NULL)`
}

/** Equal to any of the values (on an array field: contains any); `[]` matches nothing. */
function anyOf(field: string, values: unknown[]): string {
  const present = values.filter((v) => v !== null && v !== undefined)
  const parts: string[] = []
  if (present.length === 1) parts.push(`${attribute(field)} = ${literal(field, present[0])}`)
  else if (present.length || !values.length) parts.push(`${attribute(field)} IN [${present.map((v) => literal(field, v)).join(", ")}]`)
  if (present.length < values.length) parts.push(isMissing(field))
  return group(parts, "OR")
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value])

const COMPARISONS: Record<string, string> = { $gt: ">", $gte: ">=", $lt: "<", $lte: "<=" }

function compare(field: string, name: string, value: unknown): string {
  if (value === null || value === undefined) invalid(`Filter on "${field}": ${name} needs a value`)
  return `${attribute(field)} ${COMPARISONS[name]} ${literal(field, value)}`
}

function operator(field: string, name: string, value: unknown): string {
  switch (name) {
    case "$eq":
      return anyOf(field, [value])
    case "$ne":
      return value === null ? isPresent(field) : `NOT ${anyOf(field, [value])}`
    case "$in":
    case "$overlaps":
      return anyOf(field, list(value))
    case "$nin":
      return `NOT ${anyOf(field, list(value))}`
    case "$gt":
    case "$gte":
    case "$lt":
    case "$lte":
      return compare(field, name, value)
    case "$exists":
      return value ? isPresent(field) : isMissing(field)
    case "$contains":
      return group(list(value).map((v) => anyOf(field, [v])), "AND")
    default:
      return invalid(`The Meilisearch search provider does not support the filter operator "${name}" (on "${field}")`)
  }
}

function condition(field: string, value: Condition): string[] {
  if (value === undefined) return []
  if (value === null || typeof value !== "object" || value instanceof Date) return [anyOf(field, [value])]
  if (Array.isArray(value)) return [anyOf(field, value)]
  const entries = Object.entries(value).filter(([, v]) => v !== undefined)
  // An object without operators is a nested path: { farm: { handle: "x" } } is farm.handle = "x".
  if (entries.length && entries.every(([key]) => !key.startsWith("$"))) {
    return clauses(Object.fromEntries(entries.map(([key, v]) => [`${field}.${key}`, v])) as Filters)
  }
  if (!entries.length) invalid(`Filter on "${field}" has no operator`)
  return entries.map(([name, v]) => operator(field, name, v))
}

function clauses(filters: Filters): string[] {
  const parts: string[] = []
  for (const [key, value] of Object.entries(filters)) {
    if (key === "q" || value === undefined) continue
    if (key === "$and" || key === "$or") {
      if (!Array.isArray(value)) invalid(`"${key}" takes a list of filters`)
      const branches = (value as Filters[]).map(clauses).filter((p) => p.length).map((p) => group(p, "AND"))
      if (!branches.length && key === "$or") invalid(`"$or" needs at least one condition`)
      if (branches.length) parts.push(group(branches, key === "$and" ? "AND" : "OR"))
    } else if (key === "$not") {
      const inner = clauses(value as Filters)
      if (inner.length) parts.push(`NOT ${group(inner, "AND")}`)
    } else if (key.startsWith("$")) {
      invalid(`The Meilisearch search provider does not support the filter operator "${key}"`)
    } else {
      parts.push(...condition(key, value))
    }
  }
  return parts
}

/** The whole filter, or undefined when there is nothing to filter on. */
export function toMeilisearchFilter(filters: Filters | undefined): string | undefined {
  const parts = filters ? clauses(filters) : []
  return parts.length ? parts.join(" AND ") : undefined
}
