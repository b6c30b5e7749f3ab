import net from "node:net"
import { describe, expect, it } from "vitest"
import { LauncherError } from "./log"
import { assertPortsFree, choosePort, freePort, isPortFree } from "./ports"

function occupy(host: string): Promise<{ port: number; close: () => void }> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.listen(0, host, () => resolve({ port: (server.address() as net.AddressInfo).port, close: () => server.close() }))
  })
}

describe("ports", () => {
  it("sees a port taken on 127.0.0.1 or on all addresses", async () => {
    for (const host of ["127.0.0.1", "0.0.0.0"]) {
      const taken = await occupy(host)
      expect(await isPortFree(taken.port)).toBe(false)
      taken.close()
    }
    expect(await isPortFree(await freePort())).toBe(true)
  })

  it("names a taken port in Korean and English, with the flag and variable to choose another", async () => {
    const taken = await occupy("127.0.0.1")
    try {
      await expect(
        assertPortsFree([{ port: taken.port, koreanName: "쇼핑몰", englishName: "storefront", flag: "--storefront-port", env: "SEOGWIPO_STOREFRONT_PORT" }]),
      ).rejects.toThrow(LauncherError)
      const message = await assertPortsFree([
        { port: taken.port, koreanName: "쇼핑몰", englishName: "storefront", flag: "--storefront-port", env: "SEOGWIPO_STOREFRONT_PORT" },
      ]).catch((error: Error) => error.message)
      expect(message).toContain(`포트 ${taken.port}(쇼핑몰)는 이미 다른 프로그램이 사용 중입니다`)
      expect(message).toContain(`Port ${taken.port} (storefront) is already in use`)
      expect(message).toContain("npm start -- --storefront-port")
      expect(message).toContain("SEOGWIPO_STOREFRONT_PORT=")
      expect(await choosePort(taken.port)).not.toBe(taken.port)
    } finally {
      taken.close()
    }
  })
})
