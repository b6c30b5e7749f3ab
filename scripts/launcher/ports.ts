import net from "node:net"
import { bilingual, LauncherError } from "./log"

function canListen(port: number, host: string): Promise<boolean | "unsupported"> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", (error: NodeJS.ErrnoException) => {
      resolve(error.code === "EADDRNOTAVAIL" || error.code === "EAFNOSUPPORT" ? "unsupported" : false)
    })
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/** True when nothing listens on the port, on IPv4 or IPv6, loopback or any address. */
export async function isPortFree(port: number): Promise<boolean> {
  for (const host of ["127.0.0.1", "0.0.0.0", "::1", "::"]) {
    if ((await canListen(port, host)) === false) return false
  }
  return true
}

/** A port the operating system considers free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address()
      const port = typeof address === "object" && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export interface PortUse {
  port: number
  koreanName: string
  englishName: string
  flag: string
  env: string
}

/** Fails with one clear Korean + English message per taken port, naming how to choose another. */
export async function assertPortsFree(uses: PortUse[]): Promise<void> {
  const messages: string[] = []
  for (const use of uses) {
    if (await isPortFree(use.port)) continue
    const example = use.port + 100 > 65535 ? use.port - 100 : use.port + 100
    messages.push(
      bilingual(
        `포트 ${use.port}(${use.koreanName})는 이미 다른 프로그램이 사용 중입니다. 다른 포트를 쓰려면: npm start -- ${use.flag} ${example}  또는  ${use.env}=${example} npm start`,
        `Port ${use.port} (${use.englishName}) is already in use by another program. To choose another port: npm start -- ${use.flag} ${example}  or  ${use.env}=${example} npm start`,
      ),
    )
  }
  if (messages.length > 0) throw new LauncherError(messages.join("\n\n"), 3)
}

/** The preferred port when free, otherwise any free one. */
export async function choosePort(preferred: number): Promise<number> {
  return (await isPortFree(preferred)) ? preferred : freePort()
}
