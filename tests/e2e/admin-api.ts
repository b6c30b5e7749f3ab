import { readFileSync } from "node:fs"
import path from "node:path"
import { backend } from "./shop"

/** The department's admin API, signed in with the password the launcher generated. */
export async function adminToken(): Promise<string> {
  const dataDir = process.env.SEOGWIPO_TEST_DATA_DIR
  if (!dataDir) throw new Error("SEOGWIPO_TEST_DATA_DIR is not set: global-setup.ts starts the shop")
  const secrets = JSON.parse(readFileSync(path.join(dataDir, "secrets.json"), "utf8")) as { adminEmail: string; adminPassword: string }
  const response = await fetch(`${backend()}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: secrets.adminEmail, password: secrets.adminPassword }),
  })
  if (!response.ok) throw new Error(`admin sign-in failed: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

export async function adminRequest<T>(token: string, method: "GET" | "POST", route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${backend()}${route}`, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}
