import { z } from "zod"

/**
 * The storefront's server-side settings, read from the environment when a request is served
 * (never inlined at build time: none of these are NEXT_PUBLIC_).
 */
export type StoreConfig = {
  /** Base URL of the Medusa backend, without a trailing slash. */
  backendUrl: string
  /** Publishable API key linked to the sales channel the shop sells in. */
  publishableKey: string
}

export const DEFAULT_BACKEND_URL = "http://localhost:9000"

/** Unset and empty are the same thing for an environment variable. */
const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional())

const envSchema = z.object({
  MEDUSA_BACKEND_URL: optional(
    z.url({ protocol: /^https?$/, error: "MEDUSA_BACKEND_URL은(는) http(s) 주소여야 합니다." })
  ),
  MEDUSA_PUBLISHABLE_KEY: optional(z.string().trim()),
})

export type ConfigResult =
  | { ok: true; config: StoreConfig }
  | { ok: false; problems: string[] }

/** Checks the environment; problems are Korean sentences fit to show an operator. */
export function readStoreConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => issue.message) }
  }
  const { MEDUSA_BACKEND_URL, MEDUSA_PUBLISHABLE_KEY } = parsed.data
  if (!MEDUSA_PUBLISHABLE_KEY) {
    return {
      ok: false,
      problems: ["MEDUSA_PUBLISHABLE_KEY(판매 채널 공개 키)가 설정되지 않았습니다."],
    }
  }
  return {
    ok: true,
    config: {
      backendUrl: (MEDUSA_BACKEND_URL ?? DEFAULT_BACKEND_URL).replace(/\/+$/, ""),
      publishableKey: MEDUSA_PUBLISHABLE_KEY,
    },
  }
}
