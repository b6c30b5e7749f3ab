import { lstat, readdir, readlink, realpath, rm, rmdir } from "node:fs/promises"
import path from "node:path"
import { createInterface } from "node:readline/promises"
import { readResetOptions, RESET_USAGE } from "./config"
import { DATA_ENTRIES, dataLayout, sharedBase, type DataLayout } from "./layout"
import { killOwnedProcesses } from "./leftovers"
import { alreadyRunning, runningLauncher } from "./lock"
import { bilingual, describeError, fail, info, LauncherError } from "./log"
import { signalPostmaster } from "./postgres"

async function exists(file: string): Promise<boolean> {
  return lstat(file).then(
    () => true,
    () => false,
  )
}

/** The PostgreSQL home: <dataDir>/postgres itself, or where that symlink points. */
async function postgresHome(layout: DataLayout): Promise<string | undefined> {
  const stats = await lstat(layout.postgresLink).catch(() => undefined)
  if (!stats) return undefined
  if (!stats.isSymbolicLink()) return layout.postgresLink
  return path.resolve(path.dirname(layout.postgresLink), await readlink(layout.postgresLink))
}

async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  try {
    const answer = await Promise.race([rl.question(question), new Promise<string>((resolve) => rl.once("close", () => resolve("")))])
    return /^(y|yes|예|네|ㅛ)$/i.test(answer.trim())
  } finally {
    rl.close()
  }
}

async function main(): Promise<void> {
  const options = readResetOptions(process.argv.slice(2))
  if (!options) {
    process.stdout.write(`${RESET_USAGE}\n`)
    return
  }
  const layout = dataLayout(options.dataDir)
  const running = await runningLauncher(layout.lockFile)
  if (running) throw alreadyRunning(running, layout.dataDir)

  const home = await postgresHome(layout)
  const targets = [
    ...(await Promise.all(DATA_ENTRIES.map(async (entry) => ((await exists(path.join(layout.dataDir, entry))) ? path.join(layout.dataDir, entry) : undefined)))),
    home && home !== layout.postgresLink && (await exists(home)) ? home : undefined,
    (await exists(layout.sharedDir)) ? layout.sharedDir : undefined,
  ].filter((t): t is string => t !== undefined)
  if (targets.length === 0) {
    info(bilingual(`지울 데이터가 없습니다 (${layout.dataDir}).`, `Nothing to delete (${layout.dataDir}).`))
    return
  }
  info(bilingual("다음을 삭제합니다 (데이터베이스, 비밀값, 관리자 비밀번호):", "This deletes (database, secrets, admin password):"))
  for (const target of targets) process.stdout.write(`  ${target}\n`)
  if (!options.yes && !(await confirm("계속할까요? Continue? [y/N] "))) {
    info(bilingual("취소했습니다. 아무것도 지우지 않았습니다.", "Cancelled: nothing was deleted."))
    process.exitCode = 1
    return
  }
  await killOwnedProcesses(layout.dataDir)
  if (home) await signalPostmaster({ pgData: path.join(await realpath(home).catch(() => home), "data") })
  for (const target of targets) await rm(target, { recursive: true, force: true })
  await rmdir(layout.dataDir).catch(() => undefined) // only when nothing else is in it
  if ((await readdir(sharedBase()).catch(() => ["?"])).length === 0) await rmdir(sharedBase()).catch(() => undefined)
  info(bilingual("초기화했습니다. 다음 'npm start'는 처음부터 시작합니다.", "Reset done: the next 'npm start' starts from scratch."))
}

main().catch((error: unknown) => {
  fail(describeError(error))
  process.exit(error instanceof LauncherError ? error.exitCode : 1)
})
