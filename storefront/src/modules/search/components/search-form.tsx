import styles from "./search-box.module.css"

/**
 * The header's search as every page first sends it: a plain GET form to /search (no JavaScript
 * needed). search-box-loader.tsx swaps in the autocomplete combobox when the shopper reaches for it.
 */
export default function SearchForm() {
  return (
    <form role="search" action="/search" method="get" className={styles.box}>
      <label htmlFor="site-search" className="visually-hidden">
        상품 검색
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="한라봉, ㅎㄹㅂ, 농가 이름"
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        className={styles.input}
      />
      <button type="submit" className={styles.submit}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">검색</span>
      </button>
    </form>
  )
}
