import type { MedusaNextFunction, MedusaRequest, MedusaResponse, AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { PHOTO_LIMITS } from "../../../lib/listing/image-type"
import { writableFarm } from "../farm-context"

// multer 2 reads file names as latin1 unless told (its typings lack the option): Korean names stay readable.
const options: multer.Options & { defParamCharset: string } = {
  storage: multer.memoryStorage(),
  limits: { fileSize: PHOTO_LIMITS.fileSize, files: PHOTO_LIMITS.files },
  defParamCharset: "utf8",
}
const upload = multer(options).array("files", PHOTO_LIMITS.files)

const MULTER_MESSAGES: Record<string, string> = {
  LIMIT_FILE_SIZE: "files: 사진 한 장은 8MB까지 올릴 수 있습니다",
  LIMIT_FILE_COUNT: "files: 사진은 한 번에 8장까지 올릴 수 있습니다",
  LIMIT_UNEXPECTED_FILE: "files: 사진은 files 항목으로 한 번에 8장까지 올릴 수 있습니다",
}

/** Refuses a farm that may not write before any photo is read into memory. */
export async function writableFarmFirst(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await writableFarm(req as AuthenticatedMedusaRequest)
    next()
  } catch (e) {
    next(e)
  }
}

/** multer, with its limit errors as 400 in Korean instead of 500. */
export function photoUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  upload(req, res, (err?: unknown) => {
    if (!err) return next()
    if (err instanceof multer.MulterError) return next(new MedusaError(MedusaError.Types.INVALID_DATA, MULTER_MESSAGES[err.code] ?? `files: ${err.message}`))
    next(err)
  })
}
