import { chmod, readFile, rename, writeFile } from "node:fs/promises"
import type { z } from "zod"

/** Reads a JSON file checked by a zod schema; undefined when the file does not exist. */
export async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | undefined> {
  let text: string
  try {
    text = await readFile(file, "utf8")
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined
    throw error
  }
  const parsed = schema.safeParse(JSON.parse(text))
  if (!parsed.success) throw new Error(`${file} is not valid: ${parsed.error.message}`)
  return parsed.data
}

/** Writes JSON atomically (temp file + rename) with the given mode. */
export async function writeJson(file: string, value: unknown, mode = 0o644): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { mode })
  await chmod(temp, mode)
  await rename(temp, file)
}
