import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export const MAX_CSV_BYTES = 1024 * 1024

const single = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_CSV_BYTES, files: 1 } }).single("file")

/** Reads the multipart field `file` into memory (≤ 1 MB); multer's refusals become 400s in Korean. */
export function csvUpload(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  single(req, res, (error: unknown) => {
    if (!error) return next()
    if (error instanceof multer.MulterError) {
      const message = error.code === "LIMIT_FILE_SIZE" ? "file: CSV 파일은 1MB 이하여야 합니다" : `file: CSV 파일을 올려 주세요 (${error.code})`
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
    }
    next(error)
  })
}
