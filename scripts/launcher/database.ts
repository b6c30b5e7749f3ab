import { readFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { repoRoot } from "./config"

export const DATABASE_NAME = "seogwipo_in"

export function databaseUrl(password: string, port: number, database = DATABASE_NAME): string {
  // `localhost`, not 127.0.0.1: Medusa's tooling forces SSL on other host names.
  return `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/${database}`
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates the shop's database when missing; true when it was created. */
export async function ensureDatabase(password: string, port: number): Promise<boolean> {
  return withClient(databaseUrl(password, port, "postgres"), async (client) => {
    const found = await client.query("select 1 from pg_database where datname = $1", [DATABASE_NAME])
    if (found.rowCount) return false
    await client.query(`create database ${client.escapeIdentifier(DATABASE_NAME)} encoding 'UTF8' template template0`)
    return true
  })
}

async function tableExists(client: pg.Client, table: string): Promise<boolean> {
  const result = await client.query<{ found: string | null }>("select to_regclass($1) as found", [`public.${table}`])
  return result.rows[0]?.found != null
}

/** Number of products, or undefined when the product table does not exist (not migrated). */
export async function productCount(url: string): Promise<number | undefined> {
  return withClient(url, async (client) => {
    if (!(await tableExists(client, "product"))) return undefined
    const result = await client.query<{ count: string }>("select count(*) as count from product")
    return Number(result.rows[0]?.count ?? 0)
  })
}

export async function userExists(url: string, email: string): Promise<boolean> {
  return withClient(url, async (client) => {
    if (!(await tableExists(client, "user"))) return false
    const result = await client.query('select 1 from "user" where email = $1 and deleted_at is null', [email])
    return (result.rowCount ?? 0) > 0
  })
}

export async function farmMemberExists(url: string, email: string): Promise<boolean> {
  return withClient(url, async (client) => {
    if (!(await tableExists(client, "farm_member"))) return false
    const result = await client.query("select 1 from farm_member where email = $1 and deleted_at is null", [email])
    return (result.rowCount ?? 0) > 0
  })
}

/**
 * The storefront's publishable API key: the live one the seed made under the title in
 * seed/store.json (Medusa also makes a default key of its own, linked to another sales channel).
 */
export async function publishableKey(url: string, title = storefrontKeyTitle()): Promise<string | undefined> {
  return withClient(url, async (client) => {
    if (!(await tableExists(client, "api_key"))) return undefined
    const result = await client.query<{ token: string }>(
      "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null order by created_at limit 1",
      [title],
    )
    return result.rows[0]?.token
  })
}

/** The title the seed gives the storefront's publishable key (seed/store.json). */
export function storefrontKeyTitle(): string {
  const store = JSON.parse(readFileSync(path.join(repoRoot, "seed", "store.json"), "utf8")) as { publishable_key_title: string }
  return store.publishable_key_title
}
