import type { FieldErrors } from "../forms"

/**
 * The backend's 400s name the field first, one problem a line: "email: 이미 등록된 이메일입니다",
 * "variants.0.price: 100 이상이어야 합니다". This puts each message beside the input it is about;
 * what names no known input stays for the form's own message.
 */
export type BackendProblems = { errors: FieldErrors; rest: string[] }

const LINE = /^([a-z_][\w]*(?:\.[\w]+)*): (.+)$/

export function backendProblems(message: string, inputOf: (path: string[]) => string | null): BackendProblems {
  const errors: FieldErrors = {}
  const rest: string[] = []
  for (const raw of message.split(/\n+/)) {
    const line = raw.trim()
    if (!line) continue
    const match = LINE.exec(line)
    const input = match ? inputOf(match[1].split(".")) : null
    if (match && input) errors[input] ??= match[2]
    else rest.push(match ? match[2] : line)
  }
  return { errors, rest }
}

/** For forms whose inputs are named as the backend's fields (email, name, phone, courier…). */
export const sameNames =
  (...names: string[]) =>
  (path: string[]): string | null =>
    names.includes(path[0]) ? path[0] : null
