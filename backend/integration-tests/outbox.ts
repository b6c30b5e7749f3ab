import { readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import type { OutboxEntry } from "../src/modules/outbox-notification/service"

/** Where the outbox notification provider writes this test process's e-mails. */
export const OUTBOX_FILE = path.join(tmpdir(), `seogwipo-outbox-${process.pid}.jsonl`)

export async function outbox(): Promise<OutboxEntry[]> {
  const text = await readFile(OUTBOX_FILE, "utf8").catch(() => "")
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as OutboxEntry)
}

/** Subscribers run after the request has answered: wait for a matching line in the outbox. */
export async function mailTo(email: string, match: (e: OutboxEntry) => boolean = () => true, timeoutMs = 15_000): Promise<OutboxEntry> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const found = (await outbox()).find((e) => e.to === email && match(e))
    if (found) return found
    if (Date.now() > until) throw new Error(`no e-mail to ${email} in ${OUTBOX_FILE}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
