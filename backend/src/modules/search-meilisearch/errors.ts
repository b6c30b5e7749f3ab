import { MedusaError } from "@medusajs/framework/utils"

/**
 * The client's errors as MedusaErrors saying what the provider was doing and what to check.
 * `status` stays on the error: the Search Module retries seeding on `status === 429`.
 */
export class MeilisearchProviderError extends MedusaError {
  constructor(
    type: string,
    message: string,
    readonly status?: number,
    readonly meilisearch_code?: string
  ) {
    super(type, message)
  }
}

interface ApiErrorShape {
  name: string
  message: string
  response?: { status?: number }
  cause?: { code?: string; message?: string }
}

const isShaped = (error: unknown): error is ApiErrorShape =>
  error instanceof Error && typeof (error as { name?: unknown }).name === "string"

function causeText(error: Error): string {
  const cause = error.cause
  if (cause instanceof Error) return cause.cause instanceof Error ? `${cause.message}: ${cause.cause.message}` : cause.message
  return ""
}

export function toProviderError(error: unknown, action: string, host: string): Error {
  if (error instanceof MedusaError || !isShaped(error)) return error instanceof Error ? error : new Error(String(error))
  if (error.name === "MeilisearchApiError") {
    const status = error.response?.status
    const code = error.cause?.code
    const detail = `${status ?? "?"}${code ? ` ${code}` : ""}: ${error.cause?.message ?? error.message}`
    if (status === 401 || status === 403) {
      const message = `Meilisearch at ${host} refused the API key while ${action} (${detail}). Check the search-meilisearch apiKey option (MEILISEARCH_API_KEY).`
      return new MeilisearchProviderError(MedusaError.Types.UNEXPECTED_STATE, message, status, code)
    }
    const type =
      status === 404 ? MedusaError.Types.NOT_FOUND : status === 400 ? MedusaError.Types.INVALID_DATA : MedusaError.Types.UNEXPECTED_STATE
    return new MeilisearchProviderError(type, `Meilisearch failed while ${action} (${detail})`, status, code)
  }
  if (error.name === "MeilisearchRequestError" || error.name === "MeilisearchRequestTimeOutError") {
    const why = causeText(error as Error) || error.message
    return new MeilisearchProviderError(MedusaError.Types.UNEXPECTED_STATE, `Cannot reach Meilisearch at ${host} while ${action}: ${why}`)
  }
  return error as Error
}
