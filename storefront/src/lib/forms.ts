import type { z } from "zod"

export type FieldErrors = Partial<Record<string, string>>

/** The first message per field, keyed by the form's input names (the issue's first path part). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form")
    errors[key] ??= issue.message
  }
  return errors
}

/** The text fields of a form, by name (missing ones are undefined, for zod to report). */
export function formFields(form: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => {
    const value = form.get(name)
    return [name, typeof value === "string" ? value : undefined]
  }))
}
