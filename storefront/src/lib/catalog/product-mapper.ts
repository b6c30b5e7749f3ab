import type { HttpTypes } from "@medusajs/types"
import { parseFarmRef, parseProductMetadata } from "./product-metadata"
import type { ProductDetail, ProductImage, ProductSummary, VariantView } from "./types"

/** A store product as the data layer requests it: our `fields` add the farm link. */
export type StoreProductWithFarm = HttpTypes.StoreProduct & { farm?: unknown }
type StoreVariant = HttpTypes.StoreProductVariant

/** Sold out: stock is managed, backorders are off and nothing is left. */
export function isVariantSoldOut(variant: StoreVariant): boolean {
  if (variant.manage_inventory === false || variant.allow_backorder === true) return false
  return (variant.inventory_quantity ?? 0) <= 0
}

/** Units that may be ordered, or null when stock does not limit the variant. */
export function variantStock(variant: StoreVariant): number | null {
  if (variant.manage_inventory === false || variant.allow_backorder === true) return null
  return Math.max(0, variant.inventory_quantity ?? 0)
}

function variantPrice(variant: StoreVariant): number | null {
  const amount = variant.calculated_price?.calculated_amount
  return typeof amount === "number" && Number.isFinite(amount) ? amount : null
}

function toVariant(product: StoreProductWithFarm, variant: StoreVariant): VariantView {
  const optionTitle = (optionId: string | null | undefined) =>
    product.options?.find((o) => o.id === optionId)?.title ?? "옵션"
  return {
    id: variant.id,
    title: variant.title ?? "",
    options: (variant.options ?? []).map((value) => ({
      name: value.option?.title ?? optionTitle(value.option_id),
      value: value.value,
    })),
    price: variantPrice(variant),
    soldOut: isVariantSoldOut(variant),
    stock: variantStock(variant),
  }
}

export function toProductSummary(product: StoreProductWithFarm): ProductSummary {
  const variants = product.variants ?? []
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle ?? null,
    thumbnail: product.thumbnail ?? product.images?.[0]?.url ?? null,
    farm: parseFarmRef(product.farm),
    prices: variants.map(variantPrice),
    soldOut: variants.length > 0 && variants.every(isVariantSoldOut),
    season: parseProductMetadata(product.metadata).season,
  }
}

function toImages(product: StoreProductWithFarm): ProductImage[] {
  const urls = [...(product.images ?? [])]
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
    .map((image) => image.url)
  if (urls.length === 0 && product.thumbnail) urls.push(product.thumbnail)
  return urls.map((url, i) => ({ url, alt: `${product.title} 사진 ${i + 1}` }))
}

export function toProductDetail(product: StoreProductWithFarm): ProductDetail {
  const meta = parseProductMetadata(product.metadata)
  return {
    ...toProductSummary(product),
    description: product.description ?? null,
    images: toImages(product),
    variants: (product.variants ?? []).map((v) => toVariant(product, v)),
    origin: meta.origin,
    deliveryType: meta.deliveryType,
    gift: meta.gift,
    quality: meta.quality,
    infoNotice: meta.infoNotice,
    categories: (product.categories ?? []).map((c) => ({ handle: c.handle, name: c.name })),
  }
}
