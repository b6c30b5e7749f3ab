import { describe, expect, it } from "vitest"
import { photoType } from "./image-type"
import { foreignImages } from "./images"

describe("photoType", () => {
  it("knows JPEG, PNG and WebP by their first bytes", () => {
    expect(photoType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe("jpeg")
    expect(photoType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe("png")
    expect(photoType(Buffer.concat([Buffer.from("RIFF"), Buffer.from([1, 2, 3, 4]), Buffer.from("WEBPVP8 ")]))).toBe("webp")
  })

  it("refuses SVG, HTML, text and a RIFF that is not WebP", () => {
    expect(photoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull()
    expect(photoType(Buffer.from("<!doctype html><script>alert(1)</script>"))).toBeNull()
    expect(photoType(Buffer.from("PNG but not really"))).toBeNull()
    expect(photoType(Buffer.concat([Buffer.from("RIFF"), Buffer.from([1, 2, 3, 4]), Buffer.from("WAVEfmt ")]))).toBeNull()
    expect(photoType(Buffer.alloc(0))).toBeNull()
  })
})

describe("foreignImages", () => {
  it("allows the shop's uploads and photos the listing already had", () => {
    const base = "http://localhost:9000/static"
    expect(foreignImages([`${base}/1-a.webp`, "https://seed.example/b.webp", "https://evil.example/c.webp", "http://localhost:9000/staticx/d.webp"], ["https://seed.example/b.webp"], base)).toEqual([
      "https://evil.example/c.webp",
      "http://localhost:9000/staticx/d.webp",
    ])
  })
})
