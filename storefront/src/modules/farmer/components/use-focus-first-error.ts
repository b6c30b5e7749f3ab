import { useEffect, type RefObject } from "react"

/**
 * After an answer with errors, move the focus (and the screen) to the first field to fix, or to the
 * form's message: on a phone the send button is far below the first mistake.
 */
export function useFocusFirstError(ref: RefObject<HTMLFormElement | null>, state: { attempt: number; errors: Partial<Record<string, string>> }) {
  useEffect(() => {
    if (state.attempt === 0 || Object.keys(state.errors).length === 0) return
    const form = ref.current
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>("[data-form-alert]")
    target?.focus()
  }, [ref, state])
}
