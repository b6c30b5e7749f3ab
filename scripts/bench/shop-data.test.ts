import { describe, expect, it } from "vitest"
import { onThisBackend } from "./shop-data"

describe("onThisBackend", () => {
  it("points an uploaded file's URL at the running backend", () => {
    expect(onThisBackend("http://localhost:39433/static/1-a.webp", "http://localhost:9000")).toBe("http://localhost:9000/static/1-a.webp")
    expect(onThisBackend("/static/1-a.webp", "http://localhost:9000")).toBe("http://localhost:9000/static/1-a.webp")
  })

  it("leaves other URLs alone", () => {
    expect(onThisBackend("https://cdn.example/p/1.webp", "http://localhost:9000")).toBe("https://cdn.example/p/1.webp")
  })
})
