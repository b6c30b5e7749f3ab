import queries from "./queries.json"

/**
 * The Korean query set (queries.json): what shoppers type against the products they mean.
 * `top3`: each in the first three hits; `anyOf`: one of them there; `includes`: each among the
 * hits; `max`: no long tail for a narrow query. One checker for every place the set runs (the
 * engine's unit test, the store route over the embedded provider, the Meilisearch contract).
 */
export interface QueryCase {
  query: string
  kind: string
  top3?: string[]
  anyOf?: string[]
  includes?: string[]
  max?: number
  note?: string
}

export const QUERY_CASES: readonly QueryCase[] = queries

/** What the case expects and the result lacks; empty when it passes. */
export function queryCaseProblems(c: QueryCase, result: { handles: string[]; count: number }): string[] {
  const problems: string[] = []
  const first3 = result.handles.slice(0, 3)
  for (const h of c.top3 ?? []) if (!first3.includes(h)) problems.push(`${h} not in the top 3 (${first3.join(", ")})`)
  if (c.anyOf && !c.anyOf.some((h) => first3.includes(h))) problems.push(`none of ${c.anyOf.join(", ")} in the top 3 (${first3.join(", ")})`)
  for (const h of c.includes ?? []) if (!result.handles.includes(h)) problems.push(`${h} not found`)
  if (c.max !== undefined && result.count > c.max) problems.push(`${result.count} hits, at most ${c.max} expected`)
  return problems
}
