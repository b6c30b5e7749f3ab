/** The backend's limits for POST /farmer/uploads, checked first so the farmer reads why at once. */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024
export const MAX_PHOTOS_PER_UPLOAD = 8

/** The Korean reason a batch of photos cannot go, or null. */
export function photoProblem(files: readonly { type: string; size: number }[]): string | null {
  if (files.length === 0) return "올릴 사진을 골라 주세요."
  if (files.length > MAX_PHOTOS_PER_UPLOAD) return `사진은 한 번에 ${MAX_PHOTOS_PER_UPLOAD}장까지 올릴 수 있습니다.`
  if (files.some((f) => !(PHOTO_TYPES as readonly string[]).includes(f.type))) return "사진 파일(JPG, PNG, WebP)만 올릴 수 있습니다."
  if (files.some((f) => f.size > MAX_PHOTO_BYTES)) return "사진 한 장이 8MB를 넘습니다. 더 작은 사진을 골라 주세요."
  return null
}
