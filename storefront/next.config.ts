import type { NextConfig } from "next"

type RemotePattern = { protocol: "http" | "https"; hostname: string; pathname?: string }

/**
 * Image hosts next/image may optimise. Product images are absolute URLs on the Medusa backend
 * (http://localhost:<port>/static/…), so local hosts are allowed on any port (no `port` key),
 * plus, as they are when the app is built, the host of MEDUSA_BACKEND_URL and the public image
 * hosts of production (IMAGE_HOSTS: comma-separated URLs, e.g. the public backend or a CDN).
 */
function imageHosts(): RemotePattern[] {
  const hosts: RemotePattern[] = [
    { protocol: "http", hostname: "localhost" },
    { protocol: "http", hostname: "127.0.0.1" },
  ]
  const configured = [process.env.MEDUSA_BACKEND_URL, ...(process.env.IMAGE_HOSTS ?? "").split(",")]
  for (const raw of configured.map((s) => s?.trim()).filter(Boolean)) {
    try {
      const url = new URL(raw as string)
      const protocol = url.protocol === "https:" ? "https" : "http"
      if (!hosts.some((h) => h.hostname === url.hostname && h.protocol === protocol)) {
        hosts.push({ protocol, hostname: url.hostname })
      }
    } catch {
      // An invalid URL is reported by src/lib/config.ts at runtime; the build does not need it.
    }
  }
  return hosts
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `next dev` would otherwise write an AGENTS.md into the app when it detects a coding agent.
  agentRules: false,
  images: {
    remotePatterns: imageHosts(),
    // The optimiser refuses images on private/loopback addresses unless this is set: allowed in
    // development, and in production only when the embedded launcher says so (ALLOW_LOCAL_IMAGES=1).
    dangerouslyAllowLocalIP:
      process.env.NODE_ENV !== "production" || process.env.ALLOW_LOCAL_IMAGES === "1",
  },
}

export default nextConfig
