"use client"

import { STORE_ERROR_TEXT, storeErrorKind } from "@/lib/store-error"
import StatusMessage from "@/modules/common/components/status-message"

type Props = { error: unknown; retry: () => void }

/** Errors of any page below the root layout, in Korean; the data layer's kinds get their own text. */
export default function ErrorPage({ error, retry }: Props) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined
  const text = STORE_ERROR_TEXT[storeErrorKind(digest) ?? "unknown"]
  return (
    <StatusMessage title={text.title} role="alert">
      <p>{text.body}</p>
      <p>
        <button type="button" onClick={() => retry()}>
          다시 시도
        </button>{" "}
        <a href="/">홈으로 가기</a>
      </p>
      {digest && <p className="muted">오류 코드: {digest}</p>}
    </StatusMessage>
  )
}
