import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { writableFarm } from "../farm-context"
import { toStoredPhoto } from "./photo"

/** POST /farmer/uploads — product photos (multipart field `files`), resized and stored as WebP. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await writableFarm(req)
  const files = Array.isArray(req.files) ? req.files : []
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "files: 올릴 사진을 골라 주세요")
  const photos = []
  for (const file of files) photos.push(await toStoredPhoto(file))
  const { result } = await uploadFilesWorkflow(req.scope).run({ input: { files: photos } })
  res.status(201).json({ uploads: result.map((f) => ({ url: f.url })) })
}
