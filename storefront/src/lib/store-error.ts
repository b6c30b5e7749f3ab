/**
 * Why the shop could not read the backend. Thrown by the data layer and caught by error.tsx.
 * In production, Next.js hides a server error's message from the browser but keeps its `digest`,
 * so the kind travels in a fixed digest that the (client) error page maps back to Korean text.
 */
export type StoreErrorKind = "config" | "unavailable" | "bad-response"

const DIGEST_PREFIX = "seogwipo-store:"

export class StoreError extends Error {
  readonly kind: StoreErrorKind
  readonly digest: string

  constructor(kind: StoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = "StoreError"
    this.kind = kind
    this.digest = `${DIGEST_PREFIX}${kind}`
  }
}

const KINDS: readonly StoreErrorKind[] = ["config", "unavailable", "bad-response"]

/** The kind carried by an error's digest, or null for any other error. */
export function storeErrorKind(digest: string | undefined): StoreErrorKind | null {
  if (!digest?.startsWith(DIGEST_PREFIX)) return null
  const kind = digest.slice(DIGEST_PREFIX.length)
  return KINDS.find((k) => k === kind) ?? null
}

/** What the shopper reads for each kind. */
export const STORE_ERROR_TEXT: Record<StoreErrorKind | "unknown", { title: string; body: string }> = {
  config: {
    title: "쇼핑몰 설정이 끝나지 않았습니다",
    body: "운영 설정(MEDUSA_PUBLISHABLE_KEY 등)이 없어 상품을 불러올 수 없습니다. 관리자에게 알려 주세요.",
  },
  unavailable: {
    title: "상품 정보를 불러오지 못했습니다",
    body: "쇼핑몰 서버에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
  },
  "bad-response": {
    title: "상품 정보를 읽지 못했습니다",
    body: "서버가 예상하지 못한 응답을 보냈습니다. 잠시 후 다시 시도해 주세요.",
  },
  unknown: {
    title: "일시적인 오류가 발생했습니다",
    body: "페이지를 표시하는 중 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.",
  },
}
