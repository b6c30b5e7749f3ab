import { readFile } from "node:fs/promises"
import path from "node:path"
import sharp from "sharp"
import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"

/** Turns the catalog's drawn SVG art into 800×800 WebP and stores it through the File Module. */
export async function uploadProductImages(container: MedusaContainer, seedDir: string, names: string[]): Promise<string[]> {
  const files = await Promise.all(
    names.map(async (name) => {
      const svg = await readFile(path.join(seedDir, "images", name))
      const webp = await sharp(svg, { density: 144 }).resize(800, 800, { fit: "cover" }).webp({ quality: 80 }).toBuffer()
      return { filename: name.replace(/\.svg$/, ".webp"), mimeType: "image/webp", content: webp.toString("base64"), access: "public" as const }
    })
  )
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  return result.map((file) => file.url)
}
