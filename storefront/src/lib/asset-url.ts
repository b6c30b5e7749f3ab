/**
 * Files uploaded to the backend's local file store (the embedded mode) are served from its
 * /static/ path, and their stored URLs name the backend address of the day they were uploaded.
 * When the shop runs on another port or host, point such URLs at the configured backend, so a
 * port change never breaks the pictures. Other URLs (a CDN, S3) are left as they are.
 */
export function rebaseLocalUpload(url: string, backendUrl: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return url
  }
  const local = parsed.hostname === "localhost" || parsed.hostname === "127.0.0.1"
  if (!local || !parsed.pathname.startsWith("/static/")) return url
  return `${backendUrl.replace(/\/+$/, "")}${parsed.pathname}${parsed.search}`
}
