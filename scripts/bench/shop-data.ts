import { readFile } from "node:fs/promises"
import path from "node:path"
import { z } from "zod"
import { databaseUrl, publishableKey, storefrontKeyTitle } from "../launcher/database"
import { readJson } from "../launcher/json-file"
import type { DataLayout } from "../launcher/layout"
import type { StackInfo } from "./stack"

/** PostgreSQL's port: launcher.json's postgresPort, else line 4 of the running cluster's postmaster.pid. */
async function postgresPort(layout: DataLayout, info: StackInfo): Promise<number> {
  if (info.postgresPort) return info.postgresPort
  const pidFile = path.join(layout.postgresLink, "data", "postmaster.pid")
  const port = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[3] ?? "", 10)
  if (!Number.isInteger(port)) throw new Error(`no PostgreSQL port in ${pidFile}`)
  return port
}

/** The storefront's publishable key (the one the seed made), read from the embedded database with the launcher's own query. */
export async function readPublishableKey(layout: DataLayout, info: StackInfo): Promise<string> {
  const secrets = await readJson(layout.secretsFile, z.object({ postgresPassword: z.string().min(1) }))
  if (!secrets) throw new Error(`${layout.secretsFile} is missing: is this the data dir of the running stack?`)
  const key = await publishableKey(databaseUrl(secrets.postgresPassword, await postgresPort(layout, info)), storefrontKeyTitle())
  if (!key) throw new Error("the database has no publishable API key (the seed creates one)")
  return key
}

async function getJson<T>(url: string, key: string, schema: z.ZodType<T>): Promise<T> {
  const response = await fetch(url, { headers: { "x-publishable-api-key": key }, signal: AbortSignal.timeout(60_000) })
  if (response.status !== 200) throw new Error(`GET ${url}: HTTP ${response.status} ${(await response.text()).slice(0, 300)}`)
  return schema.parse(await response.json())
}

const regionsSchema = z.object({ regions: z.array(z.object({ id: z.string(), currency_code: z.string() })) })

/** The shop's region (KRW preferred), needed for calculated prices. */
export async function regionId(backendUrl: string, key: string): Promise<string> {
  const { regions } = await getJson(`${backendUrl}/store/regions`, key, regionsSchema)
  const region = regions.find((r) => r.currency_code.toLowerCase() === "krw") ?? regions[0]
  if (!region) throw new Error("the store has no region")
  return region.id
}

export function productsUrl(backendUrl: string, region: string): string {
  const query = new URLSearchParams({ limit: "20", region_id: region, fields: "*variants.calculated_price" })
  return `${backendUrl}/store/products?${query.toString()}`
}

const productsSchema = z.object({
  products: z.array(
    z.object({
      handle: z.string(),
      thumbnail: z.string().nullish(),
      images: z.array(z.object({ url: z.string() })).nullish(),
      variants: z.array(z.object({ calculated_price: z.unknown().optional() })).nullish(),
    }),
  ),
})

/**
 * Uploaded files are stored with an absolute URL naming the port the backend had then; like the
 * storefront, point a /static/… URL at the backend as it runs now.
 */
export function onThisBackend(imageUrl: string, backendUrl: string): string {
  const url = new URL(imageUrl, backendUrl)
  return url.pathname.startsWith("/static/") ? new URL(`${url.pathname}${url.search}`, backendUrl).toString() : url.toString()
}

export interface CatalogSample {
  productHandle: string
  /** An uploaded product image (served by the backend under /static), absolute. */
  imageUrl: string | undefined
  productCount: number
  pricedVariants: number
}

/** Checks the measured call answers with priced products and picks a product page and an image to time. */
export async function catalogSample(backendUrl: string, key: string, region: string): Promise<CatalogSample> {
  const { products } = await getJson(productsUrl(backendUrl, region), key, productsSchema)
  const first = products[0]
  if (!first) throw new Error("the store lists no products: is the catalog seeded and linked to the key's sales channel?")
  const image = products.map((p) => p.thumbnail ?? p.images?.[0]?.url).find((url): url is string => Boolean(url))
  const pricedVariants = products.flatMap((p) => p.variants ?? []).filter((v) => v.calculated_price != null).length
  return {
    productHandle: first.handle,
    imageUrl: image ? onThisBackend(image, backendUrl) : undefined,
    productCount: products.length,
    pricedVariants,
  }
}
