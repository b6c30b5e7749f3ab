import { randomUUID } from "node:crypto"
import { appendFile, mkdir } from "node:fs/promises"
import path from "node:path"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"

export type OutboxOptions = { path: string; channels?: string[] }

/** One line of the outbox file. */
export type OutboxEntry = {
  id: string
  sent_at: string
  to: string
  channel: string
  template: string
  data: Record<string, unknown>
}

/**
 * The embedded mode's notification provider: nothing leaves the machine, each notification is
 * appended as one JSON line to the outbox file (read it with `tail -f .data/outbox.jsonl`).
 * Real e-mail or 알림톡 providers replace it by configuration.
 */
export default class OutboxNotificationService extends AbstractNotificationProviderService {
  static override identifier = "outbox"
  private readonly file: string

  static override validateOptions(options: Record<string, unknown>): void {
    if (typeof options.path !== "string" || options.path.length === 0) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "outbox notification provider: option `path` (the outbox file) is required")
    }
  }

  constructor(_container: Record<string, unknown>, options: OutboxOptions) {
    super()
    this.file = path.resolve(options.path)
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const entry: OutboxEntry = {
      id: randomUUID(),
      sent_at: new Date().toISOString(),
      to: notification.to,
      channel: notification.channel,
      template: notification.template,
      data: notification.data ?? {},
    }
    await mkdir(path.dirname(this.file), { recursive: true })
    // One write per line, opened in append mode: concurrent sends never interleave inside a line.
    await appendFile(this.file, `${JSON.stringify(entry)}\n`, { encoding: "utf8", mode: 0o600 })
    return { id: entry.id }
  }
}
