import { romanize } from "es-hangul"

/**
 * A URL handle from a Korean farm name: 남원 햇살과수원 -> namwon-haetsalgwasuwon. Hangul is
 * romanized (국어의 로마자 표기법, via es-hangul), everything else reduced to a-z, 0-9 and "-".
 */
export function farmHandle(name: string): string {
  const latin = romanize(name.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
  return (latin || "farm").slice(0, 60).replace(/-+$/, "")
}

/** The handle itself when free, else with -2, -3 … */
export function uniqueHandle(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
