export type PhotoType = "jpeg" | "png" | "webp"

/**
 * The file's real type from its first bytes (magic numbers), whatever its name or the browser's
 * MIME type says: only JPEG, PNG and WebP photos; SVG, HTML and anything else is null.
 */
export function photoType(bytes: Uint8Array): PhotoType | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b)
  if (starts([0xff, 0xd8, 0xff])) return "jpeg"
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png"
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp"
  return null
}

/** Uploads: at most 8 MB a photo and 8 photos a request; stored at most 1600×1600, WebP quality 82. */
export const PHOTO_LIMITS = { fileSize: 8 * 1024 * 1024, files: 8, maxSide: 1600, quality: 82 } as const
