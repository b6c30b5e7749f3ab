import { useRef, useState } from "react"

/** Repeated rows with stable keys, so removing one row never mixes up the others' typed text. */
export function useRows<R>(initial: R[], blank: () => R) {
  const next = useRef(initial.length)
  const [rows, setRows] = useState(() => initial.map((row, key) => ({ key, row })))
  return {
    rows,
    add: () => {
      const key = next.current++
      setRows((prev) => [...prev, { key, row: blank() }])
    },
    remove: (key: number) => setRows((prev) => prev.filter((r) => r.key !== key)),
  }
}
