/** What the store may see of a farm: its public profile, never members or review notes. */
export const PUBLIC_FARM_FIELDS = [
  "id",
  "handle",
  "name",
  "representative",
  "town",
  "address",
  "phone",
  "email",
  "story",
  "established_year",
  "certifications",
  "status",
  "free_shipping_threshold",
] as const

type StoredFarm = { certifications?: unknown } & Record<string, unknown>

/** Certifications are stored as { items: [...] }; the API returns the list. */
export function toPublicFarm<T extends StoredFarm>(farm: T) {
  const certs = farm.certifications as { items?: unknown[] } | null | undefined
  return { ...farm, certifications: certs?.items ?? [] }
}
