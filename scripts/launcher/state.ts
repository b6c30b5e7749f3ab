import { z } from "zod"
import { readJson, writeJson } from "./json-file"

/** What the launcher has done to the database already, kept in <dataDir>/state.json. */
const stateSchema = z.object({
  /** Source hash of the backend whose migrations last ran to completion on this database. */
  migratedBackendHash: z.string().optional(),
})

export type LauncherState = z.infer<typeof stateSchema>

export async function readState(file: string): Promise<LauncherState> {
  return (await readJson(file, stateSchema)) ?? {}
}

export async function writeState(file: string, state: LauncherState): Promise<void> {
  await writeJson(file, state)
}
