/**
 * Photos must be ones the shop stored (POST /farmer/uploads): a URL under the file base URL.
 * Photos the listing already has stay allowed (e.g. seeded ones, or after a base URL move).
 */
export function foreignImages(images: readonly string[], existing: readonly string[], fileBaseUrl: string): string[] {
  const base = fileBaseUrl.replace(/\/+$/, "") + "/"
  const had = new Set(existing)
  return images.filter((url) => !had.has(url) && !url.startsWith(base))
}
