"use client"

/** Only when the root layout itself fails: a bare Korean page (no layout, no global CSS). */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="ko">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: 24, lineHeight: 1.6 }}>
        <title>오류 | 서귀포in</title>
        <h1>일시적인 오류가 발생했습니다</h1>
        <p>잠시 후 다시 시도해 주세요.</p>
        <button type="button" onClick={() => retry()}>
          다시 시도
        </button>
      </body>
    </html>
  )
}
