import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { hashSources } from "./source-hash"

let root = ""
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "seogwipo-hash-"))
  await mkdir(path.join(root, "src", "node_modules"), { recursive: true })
  await writeFile(path.join(root, "src", "a.ts"), "export const a = 1\n")
  await writeFile(path.join(root, "next.config.ts"), "export default {}\n")
})
afterEach(() => rm(root, { recursive: true, force: true }))

const patterns = ["src", "next.config.*", "package.json"]

describe("source hash", () => {
  it("is stable, and changes with a file's content, a new file or a baked-in setting", async () => {
    const first = await hashSources(root, patterns)
    expect(await hashSources(root, patterns)).toBe(first)
    await writeFile(path.join(root, "src", "a.ts"), "export const a = 2\n")
    const changed = await hashSources(root, patterns)
    expect(changed).not.toBe(first)
    await writeFile(path.join(root, "package.json"), "{}")
    expect(await hashSources(root, patterns)).not.toBe(changed)
    expect(await hashSources(root, patterns, { BACKEND_URL: "http://localhost:9100" })).not.toBe(await hashSources(root, patterns))
  })

  it("matches name.* and ignores node_modules and other files", async () => {
    const before = await hashSources(root, patterns)
    await writeFile(path.join(root, "src", "node_modules", "x.js"), "ignored")
    await writeFile(path.join(root, "README.md"), "not a source")
    expect(await hashSources(root, patterns)).toBe(before)
    await writeFile(path.join(root, "next.config.ts"), "export default { poweredByHeader: false }\n")
    expect(await hashSources(root, patterns)).not.toBe(before)
  })
})
