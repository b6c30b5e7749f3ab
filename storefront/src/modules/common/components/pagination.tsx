import styles from "./pagination.module.css"

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string }

/** The pages around the current one, with the first and the last; gaps shown as "…". */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const pages = new Set([1, pageCount, page - 1, page, page + 1].filter((p) => p >= 1 && p <= pageCount))
  const sorted = [...pages].sort((a, b) => a - b)
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? (["gap", p] as const) : [p]))
}

/** Page links that work without script; nothing when there is one page. */
export default function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null
  return (
    <nav aria-label="페이지" className={styles.nav}>
      <ul className={styles.list}>
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} className={styles.link} rel="prev">
              이전
            </a>
          </li>
        )}
        {pageWindow(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className={styles.gap}>
              …
            </li>
          ) : (
            <li key={p}>
              <a
                href={hrefFor(p)}
                className={styles.link}
                aria-current={p === page ? "page" : undefined}
              >
                {p}
                <span className="visually-hidden">페이지</span>
              </a>
            </li>
          )
        )}
        {page < pageCount && (
          <li>
            <a href={hrefFor(page + 1)} className={styles.link} rel="next">
              다음
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}
