import path from "node:path"

/** Where the two applications and their command-line tools are, relative to the repository root. */
export interface Apps {
  repoRoot: string
  backendDir: string
  /** `medusa build` output; `medusa start` must run from here (else it cannot find the admin's index.html). */
  backendServerDir: string
  storefrontDir: string
  medusaBin: string
  nextBin: string
}

export function appsIn(repoRoot: string): Apps {
  const bin = path.join(repoRoot, "node_modules", ".bin")
  const backendDir = path.join(repoRoot, "backend")
  return {
    repoRoot,
    backendDir,
    backendServerDir: path.join(backendDir, ".medusa", "server"),
    storefrontDir: path.join(repoRoot, "storefront"),
    medusaBin: path.join(bin, "medusa"),
    nextBin: path.join(bin, "next"),
  }
}
