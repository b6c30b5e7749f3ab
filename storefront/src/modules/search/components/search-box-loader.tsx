"use client"

import { useRef, useState, type ComponentType, type ReactNode } from "react"

type Box = ComponentType<{ initialValue?: string; autoFocus?: boolean }>
type Loaded = { Box: Box; value: string; focused: boolean }

/**
 * Keeps the combobox's code (search-box.tsx) out of every page's first load: the plain form
 * (children) is what the page sends, and the combobox is fetched the moment the shopper points at,
 * touches or focuses the box, then takes its place with what was typed and the focus.
 */
export default function SearchBoxLoader({ children }: { children: ReactNode }) {
  const wrapper = useRef<HTMLDivElement>(null)
  const started = useRef(false)
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  function load() {
    if (started.current) return
    started.current = true
    import("./search-box").then(
      (module) => {
        const input = wrapper.current?.querySelector("input")
        setLoaded({ Box: module.default, value: input?.value ?? "", focused: document.activeElement === input })
      },
      () => {
        started.current = false // offline: the plain form still searches
      }
    )
  }

  return (
    <div ref={wrapper} style={{ display: "contents" }} onFocus={load} onPointerEnter={load} onTouchStart={load}>
      {loaded ? <loaded.Box initialValue={loaded.value} autoFocus={loaded.focused} /> : children}
    </div>
  )
}
