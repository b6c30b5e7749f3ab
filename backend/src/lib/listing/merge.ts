import type { ListingInput, ListingPatch } from "./schema"

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key)

/** The listing with the patch's fields over it (a subtitle of "" or undefined clears it). */
export function mergeListing<T extends ListingInput>(base: T, patch: ListingPatch): T {
  const merged: T = { ...base }
  for (const key of Object.keys(patch) as (keyof ListingPatch)[]) {
    if (!has(patch, key)) continue
    const value = patch[key]
    if (value === undefined && (key === "subtitle" || key === "notice_type" || key === "citrus")) delete merged[key]
    else if (value !== undefined) Object.assign(merged, { [key]: value })
  }
  if (merged.subtitle === "") delete merged.subtitle
  return merged
}

/** Deep equality of JSON-like values, whatever the key order; undefined equals null. */
export function sameValue(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b)
}

function stable(value: unknown): string {
  if (value === undefined || value === null) return "null"
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(",")}}`
  }
  return JSON.stringify(value)
}
