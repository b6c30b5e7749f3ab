import { randomUUID } from "node:crypto"
import sharp from "sharp"
import { MedusaError } from "@medusajs/framework/utils"
import { PHOTO_LIMITS, photoType } from "../../../lib/listing/image-type"

export type StoredPhoto = { filename: string; mimeType: "image/webp"; content: string; access: "public" }

/**
 * A farmer's photo as the shop keeps it: checked by its bytes, turned upright (EXIF orientation),
 * fitted into 1600×1600 without enlarging, re-encoded as WebP. Re-encoding drops EXIF, GPS and any
 * other metadata, and whatever else the file carried.
 */
export async function toStoredPhoto(file: { originalname: string; buffer: Buffer }): Promise<StoredPhoto> {
  const name = file.originalname || "사진"
  if (!photoType(file.buffer)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `files: ${name}은(는) JPEG, PNG, WebP 사진이 아닙니다`)
  }
  let webp: Buffer
  try {
    webp = await sharp(file.buffer, { failOn: "error", limitInputPixels: 50_000_000 })
      .rotate()
      .resize(PHOTO_LIMITS.maxSide, PHOTO_LIMITS.maxSide, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: PHOTO_LIMITS.quality })
      .toBuffer()
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `files: ${name}을(를) 사진으로 읽을 수 없습니다`)
  }
  return { filename: `listing-${randomUUID()}.webp`, mimeType: "image/webp", content: webp.toString("base64"), access: "public" }
}
