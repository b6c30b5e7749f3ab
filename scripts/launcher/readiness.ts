import { rm } from "node:fs/promises"
import { writeJson } from "./json-file"

/** <dataDir>/launcher.json: written when everything serves, deleted on stop (tests and benchmarks read it). */
export interface Readiness {
  backendUrl: string
  storefrontUrl: string
  adminUrl: string
  pid: number
  startedAt: string
  mode: "production" | "dev"
  postgresPort: number
}

export async function writeReadiness(file: string, readiness: Readiness): Promise<void> {
  await writeJson(file, readiness)
}

export async function removeReadiness(file: string): Promise<void> {
  await rm(file, { force: true })
}
