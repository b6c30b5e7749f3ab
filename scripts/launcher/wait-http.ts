import { setTimeout as sleep } from "node:timers/promises"
import { bilingual, LauncherError } from "./log"
import type { Child } from "./supervisor"

/**
 * Polls `url` until `accept(status)` holds; returns that status. Fails with the child's last lines when it exits first,
 * or after the timeout.
 */
export async function waitForHttp(
  url: string,
  child: Child,
  timeoutMs: number,
  accept: (status: number) => boolean = (status) => status === 200,
): Promise<number> {
  let exited = false
  void child.exit.then(() => (exited = true))
  const deadline = Date.now() + timeoutMs
  let last = "no answer yet"
  while (Date.now() < deadline) {
    if (exited) {
      throw new LauncherError(
        bilingual(`${child.name} 프로세스가 시작 중에 종료되었습니다.`, `${child.name} exited while starting.`) +
          `\nLast output:\n${child.lastLines.text()}`,
      )
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: "manual" })
      await response.arrayBuffer()
      if (accept(response.status)) return response.status
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await sleep(250)
  }
  throw new LauncherError(
    bilingual(`${child.name}가 ${timeoutMs / 1000}초 안에 응답하지 않았습니다 (${url}: ${last}).`, `${child.name} did not answer within ${timeoutMs / 1000} s (${url}: ${last}).`) +
      `\nLast output:\n${child.lastLines.text()}`,
  )
}
