import { describe, expect, it } from "vitest"
import { rebaseLocalUpload } from "./asset-url"

describe("rebaseLocalUpload", () => {
  it("points a local upload at the configured backend", () => {
    expect(rebaseLocalUpload("http://localhost:9000/static/1-a.webp", "http://localhost:9301")).toBe("http://localhost:9301/static/1-a.webp")
    expect(rebaseLocalUpload("http://127.0.0.1:9000/static/b.webp?v=2", "http://localhost:9000/")).toBe("http://localhost:9000/static/b.webp?v=2")
  })

  it("leaves remote files and other paths alone", () => {
    expect(rebaseLocalUpload("https://cdn.seogwipo.example/static/a.webp", "http://localhost:9000")).toBe("https://cdn.seogwipo.example/static/a.webp")
    expect(rebaseLocalUpload("http://localhost:9000/app/logo.svg", "http://localhost:9100")).toBe("http://localhost:9000/app/logo.svg")
    expect(rebaseLocalUpload("not a url", "http://localhost:9000")).toBe("not a url")
  })
})
