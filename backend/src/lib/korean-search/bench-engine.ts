import { performance } from "node:perf_hooks"
import { findSeedDir, loadCatalog } from "../../scripts/seed/load-catalog"
import { catalogDocuments } from "./catalogDocuments"
import { KoreanSearchEngine } from "./engine"
import queries from "./queries.json"
import type { SearchableProduct } from "./types"

/**
 * Timing of the search core (not a test): n synthetic products made by varying the seeded ones,
 * then every query of queries.json, a few rounds. Called by the project's bench.
 */

export interface BenchResult {
  products: number
  queries: number
  buildMs: number
  /** Heap growth from building the index (exact when node runs with --expose-gc). */
  heapMB: number
  p50Ms: number
  p95Ms: number
}

// Seogwipo villages and grade words: new farms and titles, with a vocabulary that grows like a real one.
const VILLAGES = [
  "남원 위미 효돈 표선 성산 안덕 대정 중문 서홍 도순 하례 신례 토평 법환",
  "강정 월평 색달 예래 화순 사계 상모 하모 신도 무릉 보성 신평 창천 감산",
  "덕수 광평 상천 회수 대포 하원 서호 호근 보목 신효 하효 의귀 한남 태흥",
  "신흥 가시 토산 신풍 신천 삼달 난산 수산 고성 온평 신산 시흥 오조 신양",
].flatMap((line) => line.split(" "))
const GRADES = ["", "특품", "상품", "로얄과", "대과", "가정용", "실속형", "프리미엄", "유기농", "무농약", "햇"]
const FARM_KINDS = ["농원", "과수원", "농장", "영농조합", "상회"]

/** 남원 햇살과수원 -> 위미 햇살과수원농원: new farms that share words with the real ones. */
function syntheticFarmName(village: string, farm: string | null, n: number): string {
  return `${village} ${farm?.split(" ").pop() ?? ""}${FARM_KINDS[n % FARM_KINDS.length]}`
}

export function syntheticProducts(base: SearchableProduct[], n: number): SearchableProduct[] {
  return Array.from({ length: n }, (_, i) => {
    const p = base[i % base.length]
    const round = Math.floor(i / base.length)
    const village = VILLAGES[round % VILLAGES.length]
    const grade = GRADES[Math.floor(round / VILLAGES.length) % GRADES.length]
    const farmNo = round % 400
    return {
      ...p,
      id: `${p.id}-${i}`,
      handle: `${p.handle}-${i}`,
      title: round ? `${village} ${p.title} ${grade}`.trim() : p.title,
      farm_handle: round ? `${p.farm_handle}-${farmNo}` : p.farm_handle,
      farm_name: round ? syntheticFarmName(village, p.farm_name, farmNo) : p.farm_name,
      price: p.price + (round % 20) * 500,
      created_at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    }
  })
}

const heapMB = () => process.memoryUsage().heapUsed / 2 ** 20
/** Collects garbage when node runs with --expose-gc (twice: the first pass may leave some). */
const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc
  collect?.()
  collect?.()
}
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

export function benchEngine(n: number, rounds = 3): BenchResult {
  const base = catalogDocuments(loadCatalog(findSeedDir(__dirname)))
  const products = syntheticProducts(base, n)
  gc()
  const heapBefore = heapMB()
  const started = performance.now()
  const engine = new KoreanSearchEngine()
  engine.add(products)
  const buildMs = performance.now() - started
  gc()
  const heapAfter = heapMB()

  const texts = queries.map((q) => q.query)
  texts.forEach((q) => engine.search(q)) // warm up
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of texts) {
      const t0 = performance.now()
      engine.search(q, { limit: 20 })
      times.push(performance.now() - t0)
    }
  }
  times.sort((a, b) => a - b)
  const round2 = (x: number) => Math.round(x * 100) / 100
  return {
    products: engine.size,
    queries: texts.length,
    buildMs: Math.round(buildMs),
    heapMB: round2(heapAfter - heapBefore),
    p50Ms: round2(percentile(times, 0.5)),
    p95Ms: round2(percentile(times, 0.95)),
  }
}
