import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import type { Logger, SearchTypes } from "@medusajs/framework/types"
import type { EnqueuedTask, Meilisearch, SearchResponse, Task } from "meilisearch" with { "resolution-mode": "import" }
import { toProviderError } from "./errors"
import { toMeilisearchFilter } from "./filters"
import { indexUid, parseOptions, physicalName, type MeilisearchOptions, type ResolvedOptions } from "./options"
import { fromSearchResponse, toSearchRequest } from "./query"
import { buildSettings, PROVIDER_IDENTIFIER } from "./settings"

type SearchTask = SearchTypes.SearchTask

/** Documents per addDocuments call (the Search Module sends 100 per write by default). */
const BATCH_SIZE = 1000
const TASK_TIMEOUT_MS = 120_000

/**
 * Medusa's Search Module on Meilisearch, through the official client. Writes are Meilisearch
 * tasks: they return at once as "enqueued" and the module settles them with waitForTask. A
 * write of several batches is one SearchTask whose id lists the task uids ("12,13").
 */
export default class MeilisearchSearchProvider extends AbstractSearchProviderService {
  static override identifier = PROVIDER_IDENTIFIER
  private readonly options_: ResolvedOptions
  private readonly logger_?: Logger
  private client_?: Promise<Meilisearch>
  /** Primary keys of the indexes seen, for deletes by id (read from the server otherwise). */
  private readonly primaryKeys = new Map<string, string>()

  constructor(cradle: { logger?: Logger } | undefined, options: MeilisearchOptions) {
    super()
    this.options_ = parseOptions(options)
    this.logger_ = cradle?.logger
  }

  /** The client is ESM-only: loaded on first use with import(), which CommonJS code can await. */
  private client(): Promise<Meilisearch> {
    this.client_ ??= import("meilisearch").then(
      ({ Meilisearch }) => new Meilisearch({ host: this.options_.host, apiKey: this.options_.apiKey })
    )
    return this.client_
  }

  private async call<T>(action: string, run: (client: Meilisearch) => Promise<T>): Promise<T> {
    try {
      return await run(await this.client())
    } catch (error) {
      throw toProviderError(error, action, this.options_.host)
    }
  }

  private uid(name: string): string {
    return indexUid(this.options_, name)
  }

  private async primaryKey(index: string): Promise<string> {
    const known = this.primaryKeys.get(index)
    if (known) return known
    const uid = this.uid(index)
    const key = (await this.call(`reading index "${uid}"`, (c) => c.index(uid).fetchPrimaryKey())) ?? "id"
    this.primaryKeys.set(index, key)
    return key
  }

  private enqueued(index: string, tasks: EnqueuedTask[]): SearchTask {
    return { id: tasks.map((t) => t.taskUid).join(","), index, status: "enqueued" }
  }

  /** Waits inline where the module does not (index creation and settings: db:migrate needs them done). */
  private async settle(task: SearchTask, action: string): Promise<SearchTask> {
    const settled = await this.waitForTask(task)
    if (settled.status !== "failed") return settled
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch failed while ${action}: ${settled.error?.message}`)
  }

  override async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTask> {
    const uid = this.uid(index.physical_name)
    this.primaryKeys.set(index.physical_name, index.primary_key)
    const creation = await this.call(`creating index "${uid}"`, (c) => c.createIndex(uid, { primaryKey: index.primary_key }))
    const created = await this.waitForTask(this.enqueued(index.physical_name, [creation]))
    // An index that already exists is what "upsert" expects: its settings are replaced below.
    if (created.status === "failed" && created.error?.code !== "index_already_exists") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch could not create index "${uid}": ${created.error?.message}`)
    }
    const update = await this.call(`updating the settings of "${uid}"`, (c) => c.index(uid).updateSettings(buildSettings(index)))
    return this.settle(this.enqueued(index.physical_name, [update]), `updating the settings of "${uid}"`)
  }

  override async deleteIndex({ index }: { index: string }): Promise<SearchTask> {
    const task = await this.call(`deleting index "${this.uid(index)}"`, (c) => c.deleteIndex(this.uid(index)))
    return this.enqueued(index, [task])
  }

  override async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    return this.call("listing indexes", async (client) => {
      const stats = await client.getStats()
      const infos: SearchTypes.SearchIndexInfo[] = []
      for (let offset = 0, total = 1; offset < total; ) {
        const page = await client.getRawIndexes({ offset, limit: 100 })
        for (const raw of page.results) {
          const name = physicalName(this.options_, raw.uid)
          if (name === null) continue
          const document_count = stats.indexes[raw.uid]?.numberOfDocuments ?? 0
          const dates = { created_at: new Date(raw.createdAt), updated_at: new Date(raw.updatedAt) }
          infos.push({ name, provider: PROVIDER_IDENTIFIER, document_count, ...dates })
        }
        total = page.total
        offset += page.results.length || total
      }
      return infos
    })
  }

  override async upsertDocuments(input: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTask> {
    const uid = this.uid(input.index)
    const primaryKey = input.definition.primary_key
    this.primaryKeys.set(input.index, primaryKey)
    if (!input.documents.length) return { index: input.index, status: "succeeded" }
    const tasks: EnqueuedTask[] = []
    for (let start = 0; start < input.documents.length; start += BATCH_SIZE) {
      const batch = input.documents.slice(start, start + BATCH_SIZE)
      tasks.push(await this.call(`adding documents to "${uid}"`, (c) => c.index(uid).addDocuments(batch, { primaryKey })))
    }
    return this.enqueued(input.index, tasks)
  }

  override async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTask> {
    const uid = this.uid(index)
    const ids = extractPrimaryKeyFilter(filters, { primary_key: await this.primaryKey(index) })
    const filter = ids ? undefined : toMeilisearchFilter(filters)
    if (!ids && !filter) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Deleting documents needs a filter")
    const task = await this.call(`deleting documents from "${uid}"`, (c) =>
      c.index(uid).deleteDocuments(ids ?? { filter: filter as string })
    )
    return this.enqueued(index, [task])
  }

  override async clearIndex({ index }: { index: string }): Promise<SearchTask> {
    const task = await this.call(`clearing "${this.uid(index)}"`, (c) => c.index(this.uid(index)).deleteAllDocuments())
    return this.enqueued(index, [task])
  }

  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const uid = this.uid(input.index.physical_name)
    const { params, fallback_q } = toSearchRequest(input)
    const run = (q: string): Promise<SearchResponse<Record<string, unknown>>> =>
      this.call(`searching "${uid}"`, (c) => c.index(uid).search(q, { ...params, q }))
    let response = await run(params.q ?? "")
    const found = response.totalHits ?? response.estimatedTotalHits ?? response.hits.length
    if (!found && fallback_q) response = await run(fallback_q)
    this.logger_?.debug(`search-meilisearch: "${input.q ?? ""}" as "${response.query}" -> ${response.hits.length} hits`)
    return fromSearchResponse(input, response)
  }

  /** Waits for each task the SearchTask stands for; the first that did not succeed decides. */
  async waitForTask(task: SearchTask, options?: { timeout_ms?: number }): Promise<SearchTask> {
    if (!task.id || task.status === "succeeded" || task.status === "failed") return task
    const timeout = options?.timeout_ms ?? TASK_TIMEOUT_MS
    for (const uid of task.id.split(",").map(Number)) {
      let done: Task
      try {
        done = await this.call(`waiting for task ${uid}`, (c) => c.tasks.waitForTask(uid, { timeout }))
      } catch (error) {
        if (!(error instanceof Error && error.name === "MeilisearchTaskTimeOutError")) throw error
        return { ...task, status: "failed", error: { message: `Meilisearch task ${uid} did not finish within ${timeout} ms` } }
      }
      // Deleting an index that is already gone leaves the wanted state.
      const gone = done.type === "indexDeletion" && done.error?.code === "index_not_found"
      if (done.status !== "succeeded" && !gone) {
        const message = done.error?.message ?? `Meilisearch task ${uid} was ${done.status}`
        return { ...task, status: "failed", error: { message, ...(done.error?.code ? { code: done.error.code } : {}) } }
      }
    }
    return { ...task, status: "succeeded" }
  }
}
