// @ts-check
/**
 * After `next build`: a brotli (quality 11) copy beside every script and stylesheet of
 * .next/static, which server.mjs sends to browsers that accept it. Build output is immutable,
 * so compressing once here costs nothing per request.
 */
import { readdir, readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { brotliCompressSync, constants } from "node:zlib"

const staticDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", ".next", "static")
let files = 0
let before = 0
let after = 0
for (const entry of await readdir(staticDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(js|css)$/.test(entry.name)) continue
  const file = path.join(entry.parentPath, entry.name)
  const source = await readFile(file)
  const compressed = brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
  })
  await writeFile(`${file}.br`, compressed)
  files += 1
  before += source.length
  after += compressed.length
}
console.log(`precompress: ${files} files, ${(before / 1024).toFixed(0)} kB -> ${(after / 1024).toFixed(0)} kB brotli`)
