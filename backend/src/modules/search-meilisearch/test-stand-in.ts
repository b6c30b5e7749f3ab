import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A few Meilisearch routes over node:http, for wiring tests of the provider with the real client
 * (no Meilisearch server can run on this machine). It records each request and answers in
 * Meilisearch's shapes: writes are tasks that are "processing" on the first poll, then done.
 */

export interface Call {
  method: string
  path: string
  query: Record<string, string>
  body: unknown
  authorization: string | undefined
}

type Json = Record<string, unknown>
type TaskError = { message: string; code: string }
type Task = { uid: number; indexUid: string | null; type: string; error: TaskError | null; polls: number }
type SearchHandler = (body: Json, documents: Json[]) => Json
type IndexState = { primaryKey: string | null; documents: Map<string, Json> }

export interface StandIn {
  host: string
  calls: Call[]
  indexes: Map<string, IndexState>
  /** The next task of this type ends failed with this error. */
  failNext(type: string, error: TaskError): void
  onSearch(handler: SearchHandler): void
  close(): Promise<void>
}

const NOW = "2026-01-01T00:00:00Z"
const apiError = (code: string, message: string, type = "invalid_request") => ({
  message,
  code,
  type,
  link: `https://docs.meilisearch.com/errors#${code}`,
})

export async function startStandIn(apiKey?: string): Promise<StandIn> {
  const calls: Call[] = []
  const tasks: Task[] = []
  const failures = new Map<string, TaskError>()
  const indexes: StandIn["indexes"] = new Map()
  let search: SearchHandler = (body, documents) => ({
    hits: documents.slice(0, Number(body.limit ?? 20)),
    estimatedTotalHits: documents.length,
  })

  const enqueue = (indexUid: string | null, type: string, apply: () => TaskError | null = () => null) => {
    const error = failures.get(type) ?? apply()
    failures.delete(type)
    const task: Task = { uid: tasks.length, indexUid, type, error, polls: 0 }
    tasks.push(task)
    return [202, { taskUid: task.uid, indexUid, status: "enqueued", type, enqueuedAt: NOW }] as const
  }

  function route(method: string, path: string, query: Record<string, string>, body: unknown): readonly [number, unknown] {
    const [, first, uid, ...rest] = path.split("/")
    const sub = rest.join("/")
    const index = uid ? indexes.get(decodeURIComponent(uid)) : undefined
    if (first === "tasks" && method === "GET") {
      const task = tasks[Number(uid)]
      if (!task) return [404, apiError("task_not_found", `Task \`${uid}\` not found.`)]
      const status = task.polls++ === 0 ? "processing" : task.error ? "failed" : "succeeded"
      const error = status === "failed" && task.error ? apiError(task.error.code, task.error.message) : null
      const finishedAt = status === "processing" ? null : NOW
      const { uid: taskUid, indexUid, type } = task
      const times = { duration: null, enqueuedAt: NOW, startedAt: NOW, finishedAt }
      return [200, { uid: taskUid, batchUid: taskUid, indexUid, status, type, canceledBy: null, details: {}, error, ...times }]
    }
    if (first === "stats") {
      const stats = [...indexes].map(([name, i]) => [name, { numberOfDocuments: i.documents.size, isIndexing: false, fieldDistribution: {} }])
      return [200, { databaseSize: 0, lastUpdate: NOW, indexes: Object.fromEntries(stats) }]
    }
    if (first !== "indexes") return [404, apiError("not_found", `${path} is not a route of this stand-in`)]
    const name = uid ? decodeURIComponent(uid) : ""
    if (!uid && method === "GET") {
      const all = [...indexes].map(([u, i]) => ({ uid: u, primaryKey: i.primaryKey, createdAt: NOW, updatedAt: NOW }))
      const offset = Number(query.offset ?? 0)
      const limit = Number(query.limit ?? 20)
      return [200, { results: all.slice(offset, offset + limit), offset, limit, total: all.length }]
    }
    if (!uid && method === "POST") {
      const { uid: created, primaryKey } = body as { uid: string; primaryKey?: string }
      return enqueue(created, "indexCreation", () => {
        if (indexes.has(created)) return { code: "index_already_exists", message: `Index \`${created}\` already exists.` }
        indexes.set(created, { primaryKey: primaryKey ?? null, documents: new Map() })
        return null
      })
    }
    const withIndex =
      (change: (i: IndexState) => void = () => {}) =>
      (): TaskError | null => {
        if (!index) return { code: "index_not_found", message: `Index \`${name}\` not found.` }
        change(index)
        return null
      }
    if (!sub && method === "GET") {
      if (!index) return [404, apiError("index_not_found", `Index \`${name}\` not found.`)]
      return [200, { uid: name, primaryKey: index.primaryKey, createdAt: NOW, updatedAt: NOW }]
    }
    if (!sub && method === "DELETE") return enqueue(name, "indexDeletion", withIndex(() => indexes.delete(name)))
    if (sub === "settings" && method === "PATCH") return enqueue(name, "settingsUpdate", withIndex())
    if (sub === "documents" && method === "POST") {
      return enqueue(name, "documentAdditionOrUpdate", () => {
        // Like Meilisearch, adding documents creates a missing index.
        const target = index ?? { primaryKey: query.primaryKey ?? "id", documents: new Map<string, Json>() }
        indexes.set(name, target)
        for (const doc of body as Json[]) target.documents.set(String(doc[target.primaryKey ?? "id"]), doc)
        return null
      })
    }
    if (sub === "documents/delete-batch" && method === "POST") {
      return enqueue(name, "documentDeletion", withIndex((i) => (body as string[]).forEach((id) => i.documents.delete(id))))
    }
    // The filter is recorded, not evaluated: the tests check what the client sends.
    if (sub === "documents/delete" && method === "POST") return enqueue(name, "documentDeletion", withIndex())
    if (sub === "documents" && method === "DELETE") return enqueue(name, "documentDeletion", withIndex((i) => i.documents.clear()))
    if (sub === "search" && method === "POST") {
      if (!index) return [404, apiError("index_not_found", `Index \`${name}\` not found.`)]
      const json = body as Json
      const page = { query: json.q ?? "", processingTimeMs: 1, offset: json.offset ?? 0, limit: json.limit ?? 20 }
      return [200, { ...page, ...search(json, [...index.documents.values()]) }]
    }
    return [404, apiError("not_found", `${method} ${path} is not a route of this stand-in`)]
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    let text = ""
    for await (const chunk of req) text += chunk
    const url = new URL(req.url ?? "/", "http://stand-in")
    const call: Call = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization,
    }
    calls.push(call)
    const [status, payload] =
      apiKey && call.authorization !== `Bearer ${apiKey}`
        ? [401, apiError("invalid_api_key", "The provided API key is invalid.", "auth")]
        : route(call.method, call.path, call.query, call.body)
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload))
  }

  const server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    host: `http://127.0.0.1:${port}`,
    calls,
    indexes,
    failNext: (type, error) => void failures.set(type, error),
    onSearch: (handler) => void (search = handler),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
