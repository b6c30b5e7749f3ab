import type { z } from "zod"

/**
 * The one fetch behind every farmer route: JSON or multipart in, JSON out, `no-store` (per person),
 * the bearer token when given. The fetch is passed in, so the clients are unit-tested without a
 * backend; only server code (src/lib/data/farmer*.ts) builds one with the real backend URL.
 */

/** The backend could not be reached, or answered what the contract does not expect. */
export class FarmerApiError extends Error {
  readonly status: number | null

  constructor(message: string, status: number | null, options?: { cause?: unknown }) {
    super(message, options)
    this.name = "FarmerApiError"
    this.status = status
  }
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>
export type Method = "GET" | "POST"
export type Reply = { status: number; body: unknown }
export type SendOptions = { token?: string; json?: unknown; form?: FormData }

/** The backend's error text (`{ message }`), or "". */
export function messageOf(body: unknown): string {
  if (body && typeof body === "object" && "message" in body && typeof body.message === "string") return body.message
  return ""
}

export type FarmerHttp = {
  send(method: Method, path: string, options?: SendOptions): Promise<Reply>
  /** The body as the schema reads it; anything else is a FarmerApiError. */
  parse<T>(schema: z.ZodType<T>, method: Method, path: string, reply: Reply): T
  unexpected(method: Method, path: string, reply: Reply): FarmerApiError
}

export function farmerHttp(backendUrl: string, fetchImpl: FetchLike = fetch): FarmerHttp {
  const base = backendUrl.replace(/\/+$/, "")
  return {
    async send(method, path, options = {}) {
      const headers: Record<string, string> = { accept: "application/json" }
      if (options.json !== undefined) headers["content-type"] = "application/json"
      if (options.token) headers.authorization = `Bearer ${options.token}`
      // Multipart: fetch writes the content-type with its boundary itself.
      const body = options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json))
      let response: Response
      try {
        response = await fetchImpl(`${base}${path}`, { method, headers, body, cache: "no-store" })
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new FarmerApiError(`${method} ${path} (${base}): ${reason}`, null, { cause: error })
      }
      return { status: response.status, body: await response.json().catch(() => null) }
    },

    parse(schema, method, path, reply) {
      const parsed = schema.safeParse(reply.body)
      if (!parsed.success) {
        throw new FarmerApiError(`${method} ${path}: ${reply.status} with an unexpected body (${parsed.error.issues[0]?.path.join(".")})`, reply.status)
      }
      return parsed.data
    },

    unexpected(method, path, reply) {
      return new FarmerApiError(`${method} ${path}: ${reply.status} ${messageOf(reply.body)}`.trim(), reply.status)
    },
  }
}
