import type { z } from "zod"

type RawIssue = z.core.$ZodRawIssue

/** Korean wording for zod's generic issues; a schema's own message (e.g. a refine) wins. */
export function koreanIssue(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "필수 항목입니다" : "형식이 올바르지 않습니다"
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "비어 있을 수 없습니다" : `${issue.minimum}자 이상이어야 합니다`
      if (issue.origin === "array") return `${issue.minimum}개 이상이어야 합니다`
      return `${issue.minimum} 이상이어야 합니다`
    case "too_big":
      if (issue.origin === "string") return `${issue.maximum}자 이하여야 합니다`
      if (issue.origin === "array") return `${issue.maximum}개 이하여야 합니다`
      return `${issue.maximum} 이하여야 합니다`
    case "invalid_value":
      return `다음 중 하나여야 합니다: ${issue.values.map(String).join(", ")}`
    case "invalid_format":
      if (issue.format === "url") return "주소(URL) 형식이 아닙니다"
      if (issue.format === "date") return "날짜는 YYYY-MM-DD 형식이어야 합니다"
      return "형식이 올바르지 않습니다"
    case "unrecognized_keys":
      return `알 수 없는 항목입니다: ${issue.keys.join(", ")}`
    default:
      return undefined
  }
}

/** `variants.0.price: 100 이상이어야 합니다`, one line per problem. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message)).join("\n")
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; message: string }

/** Parses with Korean messages that name each wrong field. */
export function parseKorean<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(input ?? {}, { error: koreanIssue })
  return result.success ? { ok: true, data: result.data } : { ok: false, message: formatIssues(result.error.issues) }
}
