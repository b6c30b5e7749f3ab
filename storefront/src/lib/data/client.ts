import "server-only"
import Medusa, { FetchError } from "@medusajs/js-sdk"
import { connection } from "next/server"
import { readStoreConfig, type StoreConfig } from "../config"
import { StoreError } from "../store-error"
import { REVALIDATE_SECONDS } from "./tags"

type QueryValue = string | number | boolean | string[] | undefined
export type StoreQuery = Record<string, QueryValue>

export type ReadOptions = {
  query?: StoreQuery
  /** Cache tags (see ./tags.ts); the response is cached under all of them. */
  tags: string[]
  revalidate?: number
}

let client: { key: string; sdk: Medusa } | null = null

function sdkFor(config: StoreConfig): Medusa {
  const key = `${config.backendUrl}|${config.publishableKey}`
  if (client?.key !== key) {
    client = { key, sdk: new Medusa({ baseUrl: config.backendUrl, publishableKey: config.publishableKey }) }
  }
  return client.sdk
}

/**
 * The SDK for uncached, per-shopper calls (the cart): reads the environment at request time.
 * Callers pass `cache: "no-store"` to reads so one shopper's data is never served to another.
 */
export function storeSdk(): Medusa {
  const result = readStoreConfig()
  if (!result.ok) throw new StoreError("config", result.problems.join(" "))
  return sdkFor(result.config)
}

/**
 * `next build` runs without a backend: a page that reads the store while it is being prerendered
 * is marked dynamic instead. Pages rendered on their first request (the product and farm pages,
 * whose generateStaticParams lists none) are then cached whole, under the tags of their reads.
 */
async function notWhileBuilding(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") await connection()
}

/**
 * GET a store route of the backend through the Medusa SDK, cached by Next.js under `tags`.
 * Reads the environment when the page is rendered (see notWhileBuilding), and turns every
 * failure into a StoreError — except a 404, which is returned as null.
 */
export async function storeReadOrNull<T>(path: string, options: ReadOptions): Promise<T | null> {
  await notWhileBuilding()
  const result = readStoreConfig()
  if (!result.ok) throw new StoreError("config", result.problems.join(" "))
  const sdk = sdkFor(result.config)
  try {
    return await sdk.client.fetch<T>(path, {
      method: "GET",
      query: options.query,
      next: { tags: options.tags, revalidate: options.revalidate ?? REVALIDATE_SECONDS },
    })
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return null
    if (error instanceof FetchError) {
      throw new StoreError("bad-response", `GET ${path}: ${error.status ?? "?"} ${error.message}`, { cause: error })
    }
    const reason = error instanceof Error ? error.message : String(error)
    throw new StoreError("unavailable", `GET ${path} (${result.config.backendUrl}): ${reason}`, { cause: error })
  }
}

/** As storeReadOrNull, for routes where a 404 is itself an error. */
export async function storeRead<T>(path: string, options: ReadOptions): Promise<T> {
  const body = await storeReadOrNull<T>(path, options)
  if (body === null) throw new StoreError("bad-response", `GET ${path}: 404`)
  return body
}
