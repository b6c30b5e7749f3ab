import { existsSync, readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { z } from "zod"
import { missingNoticeLabels } from "../../lib/info-notice"
import {
  categorySchema,
  farmSchema,
  productSchema,
  storeSchema,
  type CategorySeed,
  type FarmSeed,
  type ProductSeed,
  type StoreSeed,
} from "./catalog-schema"

export type Catalog = {
  dir: string
  store: StoreSeed
  categories: CategorySeed[]
  farms: FarmSeed[]
  products: ProductSeed[]
}

/** The seed/ folder: SEED_DIR, or the first `seed/store.json` found walking up from here. */
export function findSeedDir(start = __dirname): string {
  if (process.env.SEED_DIR) return path.resolve(process.env.SEED_DIR)
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "seed", "store.json"))) return path.join(dir, "seed")
    if (path.dirname(dir) === dir) throw new Error(`seed/store.json not found above ${start}; set SEED_DIR`)
  }
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(JSON.parse(readFileSync(file, "utf8")))
  if (!result.success) {
    const where = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).slice(0, 10)
    throw new Error(`${file} is not valid:\n${where.join("\n")}`)
  }
  return result.data
}

/** Only seed/store.json: the shop's settings (e.g. its publishable key's title), without the catalog. */
export function readStoreSeed(dir = findSeedDir()): StoreSeed {
  return readJson(path.join(dir, "store.json"), storeSchema)
}

/** Reads and cross-checks every data file; any mistake stops seeding before anything is written. */
export function loadCatalog(dir = findSeedDir()): Catalog {
  const store = readStoreSeed(dir)
  const categories = readJson(path.join(dir, "categories.json"), z.array(categorySchema))
  const farms = readJson(path.join(dir, "farms.json"), z.array(farmSchema))
  const productDir = path.join(dir, "products")
  const products = readdirSync(productDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => readJson(path.join(productDir, f), z.array(productSchema)))
  checkReferences({ dir, store, categories, farms, products })
  return { dir, store, categories, farms, products }
}

function checkReferences(catalog: Catalog): void {
  const problems: string[] = []
  const farms = new Map(catalog.farms.map((f) => [f.handle, f]))
  const categories = new Set(catalog.categories.map((c) => c.handle))
  const seen = new Set<string>()
  const skus = new Set<string>()
  for (const p of catalog.products) {
    if (seen.has(p.handle)) problems.push(`${p.handle}: duplicate handle`)
    seen.add(p.handle)
    const farm = farms.get(p.farm)
    if (!farm) problems.push(`${p.handle}: unknown farm ${p.farm}`)
    else if (!farm.delivery.options.some((o) => o.type === p.delivery_type)) {
      problems.push(`${p.handle}: farm ${p.farm} has no ${p.delivery_type} delivery`)
    }
    if (!categories.has(p.category)) problems.push(`${p.handle}: unknown category ${p.category}`)
    for (const v of p.variants) {
      if (skus.has(v.sku)) problems.push(`${p.handle}: duplicate sku ${v.sku}`)
      skus.add(v.sku)
    }
    for (const image of p.images) {
      if (!existsSync(path.join(catalog.dir, "images", image))) problems.push(`${p.handle}: missing image ${image}`)
    }
    const missing = missingNoticeLabels(p.notice_type, p.notice)
    if (missing.length) problems.push(`${p.handle}: 상품정보제공고시 lacks ${missing.join(", ")}`)
  }
  if (problems.length) throw new Error(`seed data has ${problems.length} problem(s):\n  ${problems.join("\n  ")}`)
}
