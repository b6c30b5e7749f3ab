import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import OutboxNotificationService, { type OutboxEntry } from "./service"

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function outboxIn(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "outbox-test-"))
  dirs.push(dir)
  return path.join(dir, "nested", "outbox.jsonl")
}

describe("OutboxNotificationService", () => {
  it("appends one JSON line per notification, creating the folder", async () => {
    const file = outboxIn()
    const outbox = new OutboxNotificationService({}, { path: file })
    const first = await outbox.send({ to: "a@example.com", channel: "email", template: "customer-password-reset", data: { reset_url: "http://shop/x?token=1" } })
    await outbox.send({ to: "b@example.com", channel: "email", template: "order-placed", data: null })

    const lines = readFileSync(file, "utf8").trimEnd().split("\n")
    expect(lines).toHaveLength(2)
    const entries = lines.map((line) => JSON.parse(line) as OutboxEntry)
    expect(entries[0]).toMatchObject({ id: first.id, to: "a@example.com", channel: "email", template: "customer-password-reset", data: { reset_url: "http://shop/x?token=1" } })
    expect(entries[1]).toMatchObject({ to: "b@example.com", template: "order-placed", data: {} })
    expect(Number.isNaN(Date.parse(entries[0].sent_at))).toBe(false)
  })

  it("keeps Korean text readable in the file", async () => {
    const file = outboxIn()
    await new OutboxNotificationService({}, { path: file }).send({ to: "c@example.com", channel: "email", template: "t", data: { name: "홍길동" } })
    expect(readFileSync(file, "utf8")).toContain("홍길동")
  })

  it("refuses to start without a path", () => {
    expect(() => OutboxNotificationService.validateOptions({})).toThrow(/path/)
  })
})
