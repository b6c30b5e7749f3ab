import type { Season } from "../season"

/** The narrow shapes the pages render. The data layer maps backend responses into these. */

export type DeliveryType = "normal" | "chilled" | "frozen"

export type FarmRef = { id: string; handle: string; name: string; town: string | null }

export type ProductImage = { url: string; alt: string }

export type ProductSummary = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  farm: FarmRef | null
  /** Variant prices in won (calculated for the region, tax included), null when unpriced. */
  prices: (number | null)[]
  soldOut: boolean
  season: Season
}

export type VariantView = {
  id: string
  title: string
  options: { name: string; value: string }[]
  price: number | null
  soldOut: boolean
  /** Units that may be ordered; null when stock is not limited (not managed, or backorders). */
  stock: number | null
}

export type InfoNoticeRow = { label: string; value: string }

export type ProductDetail = ProductSummary & {
  description: string | null
  images: ProductImage[]
  variants: VariantView[]
  origin: string | null
  deliveryType: DeliveryType | null
  gift: boolean
  quality: { brix: number; acidity: number } | null
  infoNotice: InfoNoticeRow[]
  categories: { handle: string; name: string }[]
}

export type Certification = { type: string; number: string }

export type Farm = {
  id: string
  handle: string
  name: string
  representative: string | null
  town: string
  address: string | null
  phone: string | null
  email: string | null
  story: string
  establishedYear: number | null
  certifications: Certification[]
  freeShippingThreshold: number | null
  /** The farm's own shipping profile: its delivery options carry this id. */
  shippingProfileId: string | null
}

export type FarmProductRef = { id: string; handle: string; title: string; thumbnail: string | null }

export type FarmDetail = Farm & { products: FarmProductRef[] }

export type Category = { id: string; handle: string; name: string; description: string | null }
