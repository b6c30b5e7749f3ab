import { performance } from "node:perf_hooks"
import sharp from "sharp"
import { z } from "zod"
import { toStoredPhoto } from "../../backend/src/api/farmer/uploads/photo"
import { parseShipmentCsv } from "../../backend/src/lib/shipment-csv"
import { readJson } from "../launcher/json-file"
import { formatMs, formatRatio, percentile } from "./stats"
import { formatTable } from "./table"
import { timedRequest } from "./timing"

/** The farmer routes a phone calls on each portal page, against the cheapest one (who am I). */
const BASELINE_ROUTE = "/farmer/me"
const ROUTES = ["/farmer/products", "/farmer/orders?status=all", "/farmer/dashboard", "/farmer/settlements"]
const PHOTO_RUNS = 5
const CSV_ROWS = 2_000

type Shop = { backendUrl: string; secretsFile: string; requests: number }

const secretsSchema = z.object({ farmerEmail: z.string(), farmerPassword: z.string() })

async function signIn(backendUrl: string, secretsFile: string): Promise<string> {
  const secrets = await readJson(secretsFile, secretsSchema)
  if (!secrets) throw new Error(`${secretsFile} has no demo farmer login (npm start creates it)`)
  const res = await fetch(`${backendUrl}/auth/farmer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: secrets.farmerEmail, password: secrets.farmerPassword }),
  })
  if (!res.ok) throw new Error(`farmer sign-in: HTTP ${res.status}`)
  return ((await res.json()) as { token: string }).token
}

async function route(url: string, token: string, requests: number) {
  const headers = { authorization: `Bearer ${token}` }
  await timedRequest({ url, headers }) // warm-up
  const times: number[] = []
  let errors = 0
  for (let i = 0; i < requests; i++) {
    const sample = await timedRequest({ url, headers })
    if (sample.status >= 400) errors += 1
    times.push(sample.totalMs)
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), errors }
}

/** A camera-like JPEG (noise compresses like a photo, not like a flat colour). */
async function cameraPhoto(width: number, height: number): Promise<Buffer> {
  const noise = { create: { width, height, channels: 3 as const, background: "#808080", noise: { type: "gaussian" as const, mean: 128, sigma: 40 } } }
  return sharp(noise).jpeg({ quality: 90 }).toBuffer()
}

async function photoTimes(bytes: Buffer): Promise<{ p50: number; outKB: number }> {
  const times: number[] = []
  let outKB = 0
  for (let i = 0; i < PHOTO_RUNS; i++) {
    const start = performance.now()
    const stored = await toStoredPhoto({ originalname: "bench.jpg", buffer: bytes })
    times.push(performance.now() - start)
    outKB = Buffer.from(stored.content, "base64").length / 1024
  }
  return { p50: percentile(times, 50), outKB }
}

function csvParseMs(rows: number): number {
  const lines = ["주문번호,택배사,송장번호", ...Array.from({ length: rows }, (_, i) => `${1000 + i},CJ대한통운,${6000000000 + i}`)]
  const bytes = new TextEncoder().encode(lines.join("\n"))
  const start = performance.now()
  const parsed = parseShipmentCsv(bytes)
  const ms = performance.now() - start
  if (parsed.length !== rows) throw new Error(`CSV: parsed ${parsed.length} of ${rows} rows`)
  return ms
}

/** Issue 5: the farmer portal's routes (demo farmer of the seeded 남원 햇살과수원), photo resizing, CSV parsing. */
export async function farmerSection(shop: Shop): Promise<{ text: string; failed: boolean }> {
  const token = await signIn(shop.backendUrl, shop.secretsFile)
  const base = await route(`${shop.backendUrl}${BASELINE_ROUTE}`, token, shop.requests)
  const rows = [[`GET ${BASELINE_ROUTE} (baseline)`, formatMs(base.p50), formatMs(base.p95), "×1.0", String(base.errors)]]
  let failed = base.errors > 0
  for (const path of ROUTES) {
    const r = await route(`${shop.backendUrl}${path}`, token, shop.requests)
    failed ||= r.errors > 0
    rows.push([`GET ${path}`, formatMs(r.p50), formatMs(r.p95), formatRatio(r.p95 / base.p95), String(r.errors)])
  }
  const small = await cameraPhoto(1000, 750)
  const large = await cameraPhoto(4000, 3000)
  const smallRun = await photoTimes(small)
  const largeRun = await photoTimes(large)
  const csv = csvParseMs(CSV_ROWS)
  const text = [
    "",
    `Farmer portal — routes as the demo farmer (${shop.requests} requests each, c=1; its farm's seeded catalog, no orders unless you placed some)`,
    "",
    formatTable(["route", "p50", "p95", "vs baseline p95", "err"], rows),
    "",
    `Photo upload processing (check, rotate, fit 1600 px, WebP), in process, p50 of ${PHOTO_RUNS}:`,
    formatTable(
      ["photo", "in", "p50", "out", "vs baseline"],
      [
        ["1000×750 JPEG (baseline)", `${(small.length / 1024).toFixed(0)} kB`, formatMs(smallRun.p50), `${smallRun.outKB.toFixed(0)} kB`, "×1.0"],
        ["4000×3000 JPEG (12 MP phone)", `${(large.length / 1024).toFixed(0)} kB`, formatMs(largeRun.p50), `${largeRun.outKB.toFixed(0)} kB`, formatRatio(largeRun.p50 / smallRun.p50)],
      ]
    ),
    "",
    `Shipment CSV: ${CSV_ROWS.toLocaleString("en-US")} rows parsed in ${formatMs(csv)}`,
  ].join("\n")
  return { text, failed }
}
