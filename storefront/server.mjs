// @ts-check
/**
 * The storefront's production server: Next.js, plus the build's static files (scripts, styles)
 * sent brotli-compressed from the copies `scripts/precompress.mjs` made at build time. Next itself
 * only gzips; brotli makes a phone's first visit about 15 % lighter, at no cost per request.
 * Everything else (pages, images, actions) is Next's own request handler.
 */
import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import { createServer } from "node:http"
import path from "node:path"
import { fileURLToPath } from "node:url"
import next from "next"

const dir = path.dirname(fileURLToPath(import.meta.url))
const staticDir = path.join(dir, ".next", "static")
const port = Number(process.env.PORT ?? 8000)
/** Unset: every interface, IPv6 and IPv4 (as `next start`). Not HOSTNAME: shells set that to the machine's name. */
const bindHost = process.env.BIND_HOST || undefined
const TYPES = { ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" }

/** The precompressed twin of a /_next/static/ URL, when the browser takes brotli and it exists. */
async function brotliFile(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null
  if (!/\bbr\b/.test(String(req.headers["accept-encoding"] ?? ""))) return null
  const url = new URL(req.url ?? "/", "http://storefront")
  if (!url.pathname.startsWith("/_next/static/")) return null
  const relative = decodeURIComponent(url.pathname.slice("/_next/static/".length))
  const type = TYPES[path.extname(relative)]
  const file = path.resolve(staticDir, `${relative}.br`)
  if (!type || !file.startsWith(staticDir + path.sep)) return null
  const info = await stat(file).catch(() => null)
  return info?.isFile() ? { file, type, size: info.size } : null
}

const app = next({ dev: false, dir, hostname: bindHost ?? "localhost", port })
const handle = app.getRequestHandler()
await app.prepare()

createServer(async (req, res) => {
  try {
    const br = await brotliFile(req)
    if (!br) return void (await handle(req, res))
    res.writeHead(200, {
      "Content-Type": br.type,
      "Content-Encoding": "br",
      "Content-Length": br.size,
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
    })
    if (req.method === "HEAD") return void res.end()
    createReadStream(br.file).pipe(res)
  } catch (error) {
    console.error(error)
    if (!res.headersSent) res.writeHead(500)
    res.end()
  }
}).listen(port, bindHost, () => {
  console.log(`▲ 서귀포in storefront on http://${bindHost ?? "localhost"}:${port}`)
})
