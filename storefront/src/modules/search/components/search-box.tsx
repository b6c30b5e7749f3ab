"use client"

import { useEffect, useId, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent } from "react"
import type { Suggestions } from "@/lib/data/search"
import { formatWon } from "@/lib/format"
import { POPULAR_SEARCHES } from "../popular-searches"
import { clearRecentSearches, readRecentSearches, rememberSearch } from "./recent-searches"
import styles from "./search-box.module.css"

type Option = { href: string; label: string; detail?: string; term?: string }
type Group = { label: string; options: Option[]; chips?: boolean }

const DEBOUNCE_MS = 150
const termOption = (term: string): Option => ({ href: `/search?q=${encodeURIComponent(term)}`, label: term, term })

// On /search the box shows the query searched for. The server (and the cached HTML) shows an empty box.
const noSubscribe = () => () => {}
const urlQuery = () => (location.pathname === "/search" ? (new URLSearchParams(location.search).get("q") ?? "") : "")
const noQuery = () => ""

/**
 * The header's search: a plain GET form to /search that works without JavaScript. With it, the input
 * is an ARIA 1.2 combobox: recent (this device) and popular searches while empty, then products,
 * categories and farms from /search/suggest as the shopper types (debounced, stale requests aborted).
 * ↑/↓ move through the options, Enter opens the highlighted one (or searches), Escape closes.
 */
export default function SearchBox({ initialValue, autoFocus = false }: { initialValue?: string; autoFocus?: boolean }) {
  const id = useId()
  const fromUrl = useSyncExternalStore(noSubscribe, urlQuery, noQuery)
  const [typed, setTyped] = useState<string | null>(initialValue || null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [recent, setRecent] = useState<string[]>([])
  const [found, setFound] = useState<Suggestions | null>(null)
  const value = typed ?? fromUrl
  const q = value.trim()

  useEffect(() => {
    if (!q || !open) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      fetch(`/search/suggest?q=${encodeURIComponent(q)}&limit=5`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<Suggestions>) : null))
        .then((data) => {
          if (!data) return
          setFound(data)
          setActive(-1)
        })
        .catch(() => {}) // aborted, offline or a server error: the shopper can still search
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q, open])

  const groups: Group[] = (
    q
      ? [
          {
            label: "상품",
            options: (found?.products ?? []).map((p) => ({
              href: `/products/${p.handle}`,
              label: p.title,
              detail: p.price === null ? undefined : formatWon(p.price),
            })),
          },
          { label: "분류", options: (found?.categories ?? []).map((c) => ({ href: `/categories/${c.handle}`, label: c.name })) },
          { label: "농가", options: (found?.farms ?? []).map((f) => ({ href: `/farms/${f.handle}`, label: f.name })) },
        ]
      : [
          { label: "최근 검색어", options: recent.map(termOption) },
          { label: "인기 검색어", options: POPULAR_SEARCHES.map(termOption), chips: true },
        ]
  ).filter((g) => g.options.length > 0)
  const options = groups.flatMap((g) => g.options)
  const expanded = open && options.length > 0
  const current = expanded && active < options.length ? active : -1
  const optionId = (i: number) => `${id}o${i}`

  useEffect(() => {
    if (current >= 0) document.getElementById(`${id}o${current}`)?.scrollIntoView({ block: "nearest" })
  }, [id, current])

  function show() {
    setRecent(readRecentSearches())
    setOpen(true)
  }

  /** A search term chosen from the list is a search: it goes to the top of the recent ones. */
  function remember(option: Option) {
    if (option.term) rememberSearch(option.term)
  }

  function go(option: Option) {
    remember(option)
    location.assign(option.href)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // A Korean IME uses Enter and the arrows to finish the syllable being composed: leave those to it.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return
    const n = options.length
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault()
      if (!expanded) return show()
      const down = event.key === "ArrowDown"
      setActive(current === -1 ? (down ? 0 : n - 1) : (current + (down ? 1 : n - 1)) % n)
    } else if (event.key === "Enter" && current >= 0) {
      event.preventDefault()
      go(options[current]!)
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault()
      setOpen(false)
      setActive(-1)
    }
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) {
      setOpen(false)
      setActive(-1)
    }
  }

  let index = 0
  return (
    <form role="search" action="/search" method="get" className={styles.box} onSubmit={() => void (q && rememberSearch(q))} onBlur={onBlur}>
      <label htmlFor={`${id}i`} className="visually-hidden">
        상품 검색
      </label>
      <input
        id={`${id}i`}
        type="search"
        name="q"
        value={value}
        placeholder="한라봉, ㅎㄹㅂ, 농가 이름"
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        autoFocus={autoFocus}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}l`}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        className={styles.input}
        onChange={(event) => {
          setTyped(event.target.value)
          setActive(-1)
          setOpen(true)
        }}
        onFocus={show}
        onClick={show}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className={styles.submit}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">검색</span>
      </button>
      {/* Pressing an option must not blur the input first (that would close the list before the click). */}
      <div className={styles.popup} hidden={!expanded} onMouseDown={(event) => event.preventDefault()}>
        <div role="listbox" id={`${id}l`} aria-label="검색어 제안" className={styles.listbox}>
          {groups.map((group, g) => (
            <div role="group" key={group.label} aria-labelledby={`${id}g${g}`} className={group.chips ? styles.chips : undefined}>
              <div role="presentation" id={`${id}g${g}`} className={styles.groupLabel}>
                {group.label}
              </div>
              {group.options.map((option) => {
                const i = index++
                return (
                  <a
                    key={option.href}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === current}
                    tabIndex={-1}
                    href={option.href}
                    className={styles.option}
                    onClick={() => remember(option)}
                  >
                    <span>{option.label}</span>
                    {option.detail && <span className={styles.detail}>{option.detail}</span>}
                  </a>
                )
              })}
            </div>
          ))}
        </div>
        {!q && recent.length > 0 && (
          <button
            type="button"
            className={styles.clear}
            aria-label="최근 검색어 지우기"
            onClick={() => {
              clearRecentSearches()
              setRecent([])
              setActive(-1)
            }}
          >
            지우기
          </button>
        )}
      </div>
      <p role="status" className="visually-hidden">
        {expanded && q ? `검색어 제안 ${options.length}개` : ""}
      </p>
    </form>
  )
}
